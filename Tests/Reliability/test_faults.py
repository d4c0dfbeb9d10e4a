"""Faults: a client vanishing mid-execute, a stalled iopub subscriber, SIGTERM, SIGKILL.

Already covered elsewhere (not repeated here): interrupt and SIGINT of a running cell,
history across a shutdown-with-restart and SIGTERM's exit status (EndToEndTests),
shutdown_reply echoing `restart` (Conformance/test_protocol.py).
"""
from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

import zmq
from jupyter_client.session import Session

from rkernel import KernelProcess, result_text, stdout_text

SLOW_CELL = "var slowSum = 0\nfor i in 0..<3_000_000 { slowSum += i }\nslowSum"


def history_rows(path: Path) -> list[tuple]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return db.execute("SELECT session, line, source FROM history ORDER BY session, line").fetchall()


def test_client_disconnecting_mid_execute_leaves_the_kernel_serving(kernel: KernelProcess):
    first = kernel.client()
    first.execute("let beforeDisconnect = 11")
    first.send("shell", "execute_request", {"code": SLOW_CELL, "silent": False, "store_history": True,
                                            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    time.sleep(0.05)
    first.close()  # gone before its reply and output
    second = kernel.client()
    reply, io = second.execute("beforeDisconnect + slowSum", timeout=120)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert result_text(io) == str(11 + sum(range(3_000_000)))
    assert second.ping()
    second.close()


def test_stalled_iopub_subscriber_does_not_block_the_kernel(kernel: KernelProcess, client):
    ctx = zmq.Context.instance()
    stalled = ctx.socket(zmq.SUB)
    stalled.setsockopt(zmq.SUBSCRIBE, b"")
    stalled.rcvhwm = 10
    stalled.connect(kernel.endpoint("iopub"))
    time.sleep(0.3)
    rss0 = kernel.rss_kb()
    start = time.monotonic()
    # ~6 MB of output while one subscriber never reads.
    reply, io = client.execute("for i in 0..<120_000 { print(\"line \\(i) of the stalled-subscriber test\") }",
                               timeout=180)
    assert reply["content"]["status"] == "ok"
    assert stdout_text(io).count("\n") == 120_000
    for i in range(20):
        reply, io = client.execute(f"{i} + 1")
        assert result_text(io) == str(i + 1)
    assert time.monotonic() - start < 150
    assert kernel.rss_kb() - rss0 < 150 * 1024, "the kernel kept the stalled subscriber's backlog"
    # The stalled subscriber finally reads: whatever it gets is well formed.
    reader = Session(key=kernel.key.encode(), signature_scheme="hmac-sha256")
    got = 0
    while stalled.poll(100):
        frames = stalled.recv_multipart()
        _, msg_frames = reader.feed_identities(frames)
        reader.deserialize(msg_frames)
        got += 1
    assert got > 0
    stalled.close(linger=0)
    assert kernel.alive


def test_sigterm_flushes_history_and_exits_cleanly(tmp_path: Path):
    k = KernelProcess(tmp_path / "k")
    c = k.client()
    for i in range(5):
        c.execute(f"let sigtermCell{i} = {i}")
    # The reply comes before the history write; SIGTERM right after must still keep it.
    k.signal(signal.SIGTERM)
    assert k.wait_exit(10) == 0, k.stderr_text()
    c.close()
    rows = history_rows(k.history)
    assert [r[2] for r in rows] == [f"let sigtermCell{i} = {i}" for i in range(5)]
    assert "SIGTERM: shutting down" in k.stderr_text()
    k.stop()


def test_sigkill_leaves_the_history_database_intact(tmp_path: Path):
    history = tmp_path / "history.sqlite"
    k = KernelProcess(tmp_path / "a", history=history)
    c = k.client()
    for i in range(20):
        c.execute(f"let killedSession{i} = {i}")
    time.sleep(0.3)  # recorded after idle
    # Kill while cells keep arriving, so a write may be in flight.
    for i in range(20, 60):
        c.send("shell", "execute_request", {"code": f"let killedSession{i} = {i}", "silent": False,
                                            "store_history": True, "user_expressions": {},
                                            "allow_stdin": False, "stop_on_error": False})
    time.sleep(0.05)
    k.signal(signal.SIGKILL)
    assert k.wait_exit(10) == -signal.SIGKILL
    c.close()
    k.stop()
    with sqlite3.connect(history) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = history_rows(history)
    sources = [r[2] for r in rows]
    assert sources[:20] == [f"let killedSession{i} = {i}" for i in range(20)]
    # Every row present is complete and in order: a prefix of what was sent.
    assert sources == [f"let killedSession{i} = {i}" for i in range(len(sources))]

    # A new kernel on the same file sees the old session and records a new one.
    k2 = KernelProcess(tmp_path / "b", history=history)
    c2 = k2.client()
    tail = c2.request("shell", "history_request", {"hist_access_type": "tail", "n": 3, "output": False,
                                                   "raw": True})["content"]["history"]
    assert tail[-1][2] == sources[-1]
    c2.execute("let afterKill = 1")
    time.sleep(0.3)
    k2.signal(signal.SIGTERM)
    assert k2.wait_exit(10) == 0
    c2.close()
    k2.stop()
    rows = history_rows(history)
    assert rows[-1][2] == "let afterKill = 1" and rows[-1][0] == rows[0][0] + 1


def test_shutdown_with_restart_then_a_new_kernel_keeps_counting_sessions(tmp_path: Path):
    history = tmp_path / "history.sqlite"
    sessions = []
    for round_ in range(3):
        k = KernelProcess(tmp_path / f"k{round_}", history=history)
        c = k.client()
        c.execute(f"let round{round_} = {round_}")
        reply = c.request("control", "shutdown_request", {"restart": True})
        assert reply["content"]["restart"] is True
        assert k.wait_exit(10) == 0, k.stderr_text()
        c.close()
        k.stop()
        sessions.append(history_rows(history)[-1])
    assert [s[2] for s in sessions] == [f"let round{i} = {i}" for i in range(3)]
    assert [s[0] for s in sessions] == [sessions[0][0] + i for i in range(3)]
