"""Hostile cells through the real kernel: each fails cleanly (or is cut short) and leaves the
session's earlier variables intact. The parser/evaluator fuzzer (scripts/fuzz.sh) covers
random and mutated cells; these are the specific cases of the threat model."""
from __future__ import annotations

import time

import pytest

from rkernel import Client, KernelProcess, result_text

HOSTILE = {
    "absurd tensor": ("Tensor.zeros([100000, 100000, 100000])", "error"),
    "absurd tensor from shape arithmetic": ("Tensor.ones([Int.max, 2])", "error"),
    "infinite recursion": ("func down(_ n: Int) -> Int { down(n + 1) + 1 }\ndown(0)", "error"),
    "mutual recursion": ("func ping(_ n: Int) -> Int { pong(n) }\nfunc pong(_ n: Int) -> Int { ping(n) + 1 }\nping(0)",
                         "error"),
    "error inside a sort comparator": ("[3, 1, 2].sorted { a, b in [0][a] < b }", "error"),
    "fatalError inside map": ("(0..<5).map { i -> Int in if i == 3 { fatalError(\"boom\") }; return i }", "error"),
    "throw from a training-loop callback": (
        "struct Boom: Error {}\nlet h = TrainingLoop.run(epochs: 5) { epoch in\n"
        "    if epoch == 2 { [1][7] }\n    return [\"loss\": Double(epoch)]\n}", "error"),
    "integer overflow": ("Int.max + 1", "error"),
    "huge string": ("let big = String(repeating: \"x\", count: 1 << 62)", "error"),
    "huge array": ("let big = Array(repeating: 0, count: Int.max)", "error"),
}


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    k = KernelProcess(tmp_path_factory.mktemp("hostile-cells"))
    c = k.client()
    reply, _ = c.execute("let hostileKeep = 7\nvar hostileList = [1, 2, 3]")
    assert reply["content"]["status"] == "ok"
    yield k, c
    c.close()
    k.stop()


def assert_intact(k: KernelProcess, c: Client) -> None:
    assert k.alive, k.stderr_text()[-2000:]
    reply, io = c.execute("hostileKeep * 6 + hostileList.count")
    assert result_text(io) == "45", (reply["content"], k.stderr_text()[-2000:])


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_cell_fails_cleanly(session, name: str):
    k, c = session
    code, expected = HOSTILE[name]
    reply, io = c.execute(code, timeout=120)
    assert reply["content"]["status"] == expected, (name, reply["content"])
    assert_intact(k, c)


def test_gigabytes_of_print_are_truncated_with_a_notice(session):
    k, c = session
    rss0 = k.rss_kb()
    code = "let mb = String(repeating: \"x\", count: 1_000_000)\nfor _ in 0..<2_000 { print(mb) }\n\"done\""
    reply, io = c.execute(code, timeout=300)
    assert reply["content"]["status"] == "ok"
    streams = [m["content"]["text"] for m in io if m["msg_type"] == "stream"]
    total = sum(len(s) for s in streams)
    assert total <= (8 << 20) + 1000, f"{total} bytes of output reached the client"
    assert any("output truncated" in s for s in streams)
    assert result_text(io) == '"done"'
    assert k.rss_kb() - rss0 < 100 * 1024
    assert_intact(k, c)


def test_endless_loop_is_interrupted(session):
    k, c = session
    req = c.send("shell", "execute_request", {"code": "var spins = 0\nwhile true { spins += 1 }", "silent": False,
                                              "store_history": True, "user_expressions": {},
                                              "allow_stdin": False, "stop_on_error": False})
    time.sleep(0.5)
    t0 = time.monotonic()
    c.request("control", "interrupt_request")
    reply = c.reply("shell", req, timeout=10)
    assert reply["content"]["status"] == "error"
    assert time.monotonic() - t0 < 2
    c.iopub_until_idle(req)
    assert_intact(k, c)
