"""Writes the fuzzer's seed corpus (Tests/Fuzz/corpus/*.swift, one cell per file): every cell
of the cell-language test programs (Tests/KernelTests/Cells, split at `// ---`, expectations
removed) and the hostile cells of the threat model. Deterministic; rerun after the test
programs change:  python3 Tests/Fuzz/make_corpus.py
"""
import hashlib
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent

HOSTILE = [
    "Tensor.zeros([100000, 100000, 100000])",
    "Tensor.ones([Int.max, 2])",
    "Tensor.arange(0, 1e300)",
    "func down(_ n: Int) -> Int { down(n + 1) + 1 }\ndown(0)",
    "func ping(_ n: Int) -> Int { pong(n) }\nfunc pong(_ n: Int) -> Int { ping(n) + 1 }\nping(0)",
    "let mb = String(repeating: \"x\", count: 1_000_000)\nfor _ in 0..<20 { print(mb) }",
    "var spins = 0\nwhile true { spins += 1 }",
    "[3, 1, 2].sorted { a, b in [0][a] < b }",
    "(0..<5).map { i -> Int in if i == 3 { fatalError(\"boom\") }; return i }",
    "let h = TrainingLoop.run(epochs: 5) { epoch in\n    if epoch == 2 { [1][7] }\n    return [\"loss\": Double(epoch)]\n}",
    "Int.max + 1",
    "let big = String(repeating: \"x\", count: 1 << 62)",
    "let big = Array(repeating: 0, count: Int.max)",
    "struct S { var s: [S] = [] }\nvar x = S()\nfor _ in 0..<1000 { x = S(s: [x]) }\nx.s.count",
    "class Node { var next: Node?; init() {} }\nvar head = Node()\nfor _ in 0..<100000 { let n = Node(); n.next = head; head = n }",
    "let deep = " + "(" * 300 + "1" + ")" * 300,
    "let nested = " + "[" * 200 + "1" + "]" * 200,
    "enum E: Error { case a }\nfunc f() throws -> Int { throw E.a }\ntry f()",
    "let s = \"\\u{1F600}\\u{202E}abc\"\ns.count",
    "var d: [String: Int] = [:]\nfor i in 0..<1000 { d[String(i)] = i }\nd.count",
]


def cells_of(path: pathlib.Path):
    for cell in path.read_text().split("\n// ---\n"):
        lines = [l for l in cell.splitlines() if not l.lstrip().startswith("// expect")]
        text = "\n".join(lines).strip()
        if text:
            yield text


def main() -> None:
    out = HERE / "corpus"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.swift"):
        old.unlink()
    cells = []
    for f in sorted((ROOT / "Tests" / "KernelTests" / "Cells").glob("*.swift")):
        cells += [(f.stem, c) for c in cells_of(f)]
    cells += [("hostile", c) for c in HOSTILE]
    for i, (stem, text) in enumerate(cells):
        digest = hashlib.sha1(text.encode()).hexdigest()[:8]
        (out / f"{stem}-{i:03d}-{digest}.swift").write_text(text + "\n")
    print(f"{len(cells)} cells in {out}")


if __name__ == "__main__":
    main()
