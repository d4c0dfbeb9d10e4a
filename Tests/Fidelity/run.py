#!/usr/bin/env python3
"""Runs the fidelity corpus through the cell language and compares with compiled Swift.

Every `NAME.swift` under Tests/Fidelity/corpus (and Tests/Fidelity/holdout, reported apart)
runs as one fresh session through `swift-research-kernel script NAME.swift`; its stdout is
compared byte for byte with `NAME.expected`, which Tests/Fidelity/record.py recorded from
the real swiftc. Each program ends as one of:

  pass     same stdout; and when the compiled program trapped (NAME.trap), the cell ended
           with a runtime error that carries the same message;
  refused  the cell language said it cannot run the program (an `Unsupported` error naming
           the construct, line and column): a failure, but an honest one;
  error    another error (e.g. a runtime error compiled Swift does not raise): a failure;
  WRONG    the cell ran to the end "ok" but printed something else, or did not trap where
           Swift traps: a silent wrong answer.

Prints a table per category, then the failures, then `N passed, N failed`.
Exits 1 when any program is WRONG, or when a program listed in Tests/Fidelity/passing.txt
(the programs that passed when it was last written) no longer passes.

Usage: python3 Tests/Fidelity/run.py [--kernel PATH] [--jobs N] [--update-passing] [-v] [PATH ...]
"""
import argparse
import os
import re
import subprocess
import time
import sys
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PASSING = HERE / "passing.txt"


def programs(paths):
    for p in paths:
        p = Path(p)
        if p.is_file() and p.suffix == ".swift":
            yield p
        elif p.is_dir():
            yield from sorted(p.rglob("*.swift"))


def first_difference(want: bytes, got: bytes) -> str:
    w, g = want.decode("utf-8", "replace").split("\n"), got.decode("utf-8", "replace").split("\n")
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return f"line {i + 1}: expected {a!r}, got {b!r}"
    return "same text"


def classify(kernel, src: Path):
    expected = src.with_suffix(".expected").read_bytes()
    trap_file = src.with_suffix(".trap")
    trap = trap_file.read_text().strip() if trap_file.exists() else None
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
    for attempt in range(20):
        try:
            r = subprocess.run([kernel, "script", str(src)], capture_output=True, timeout=60, env=env,
                               stdin=subprocess.DEVNULL)
            break
        except subprocess.TimeoutExpired:
            return "error", "timed out after 60 s"
        except OSError as e:  # the binary is being relinked by a build: try again shortly
            if e.errno != 26 or attempt == 19:
                raise
            time.sleep(0.5)
    err = r.stderr.decode("utf-8", "replace")
    head = err.strip().splitlines()[0] if err.strip() else ""
    if r.returncode not in (0, 1):
        return "error", f"the kernel process died (exit {r.returncode}): {head}"
    if r.returncode == 1 and head.startswith("Unsupported"):
        return "refused", head
    if r.returncode == 0:
        if r.stdout != expected:
            return "WRONG", first_difference(expected, r.stdout)
        if trap is not None:
            return "WRONG", f"ran to the end; compiled Swift stops with: {trap}"
        return "pass", ""
    # The cell ended with an error.
    if trap is None:
        return "error", head
    if r.stdout != expected:
        return "error", f"{head}; output before it differs at {first_difference(expected, r.stdout)}"
    # Swift's message after its prefix ("Fatal error: ", "file:line: Precondition failed: ").
    message = re.split(r"Fatal error:|Precondition failed:|Assertion failed:", trap)[-1].strip().lower()
    if message in ("", "crashed") or message in err.lower():
        return "pass", ""
    return "error", f"expected the trap {trap!r}, got {head!r}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kernel", default=str(ROOT / ".build/debug/swift-research-kernel"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--update-passing", action="store_true", help="rewrite passing.txt from this run")
    ap.add_argument("-v", "--verbose", action="store_true", help="list refusals and errors too")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    paths = args.paths or [d for d in (HERE / "corpus", HERE / "holdout") if d.exists()]
    srcs = [s.resolve() for s in programs(paths) if s.with_suffix(".expected").exists()]
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda s: (s, *classify(args.kernel, s)), srcs))

    table = defaultdict(Counter)
    for src, kind, _ in results:
        rel = src.relative_to(HERE)
        table[f"{rel.parts[0]}/{rel.parts[1]}" if len(rel.parts) > 2 else rel.parts[0]][kind] += 1
    kinds = ["pass", "refused", "error", "WRONG"]
    print(f"{'category':<28}" + "".join(f"{k:>9}" for k in kinds))
    for cat in sorted(table):
        print(f"{cat:<28}" + "".join(f"{table[cat][k]:>9}" for k in kinds))
    print()
    for src, kind, detail in results:
        if kind == "WRONG" or (args.verbose and kind != "pass"):
            print(f"{kind:<8} {src.relative_to(ROOT)}: {detail}")

    passed = {str(s.relative_to(HERE)) for s, k, _ in results if k == "pass"}
    total = Counter(k for _, k, _ in results)
    for group in ("corpus", "holdout"):
        rs = [k for s, k, _ in results if s.relative_to(HERE).parts[0] == group]
        if rs:
            n = sum(k == "pass" for k in rs)
            print(f"{group}: {n} of {len(rs)} match compiled Swift ({100.0 * n / len(rs):.1f}%)")
    failed = len(results) - total["pass"]
    print(f"{total['pass']} passed, {failed} failed "
          f"({total['refused']} refused, {total['error']} other errors, {total['WRONG']} wrong)")

    status = 0
    if total["WRONG"]:
        print(f"FAIL: {total['WRONG']} programs ran without an error but printed something else", file=sys.stderr)
        status = 1
    if args.update_passing:
        PASSING.write_text("".join(f"{p}\n" for p in sorted(passed)))
    elif PASSING.exists() and not args.paths:
        lost = [p for p in PASSING.read_text().split() if p not in passed]
        if lost:
            print(f"FAIL: {len(lost)} programs that passed before no longer pass: {', '.join(lost[:10])}",
                  file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
