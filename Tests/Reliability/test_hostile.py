"""Hostile messages on every channel, valid traffic interleaved (CI budget; the full run is
`python Tests/Reliability/hostile.py --messages 100000`)."""
from __future__ import annotations

import os
import random
import socket

from hostile import HostileRun
from rkernel import KernelProcess

MESSAGES = int(os.environ.get("HOSTILE_MESSAGES", "10000"))


def test_hostile_messages_are_dropped_and_valid_ones_answered(kernel: KernelProcess):
    run = HostileRun(kernel, seed=int(os.environ.get("HOSTILE_SEED", "7")))
    try:
        rep = run.run(MESSAGES)
    finally:
        run.close()
    print(rep.table())
    assert rep.failures == [], rep.table()
    assert kernel.alive
    assert rep.valid > MESSAGES // 20 and rep.answered == rep.valid
    assert rep.wire_invalid_routed > MESSAGES // 3
    assert rep.dropped_logged >= rep.wire_invalid_routed


def test_random_bytes_on_the_heartbeat_port_leave_it_beating(kernel: KernelProcess, client):
    """Raw TCP junk read as a legacy ZeroMQ peer used to leave a REP heartbeat silent for good."""
    rng = random.Random(1)
    for i in range(80):
        with socket.create_connection(("127.0.0.1", kernel.port("hb")), timeout=2) as s:
            s.sendall(rng.randbytes(rng.randrange(1, 2000)))
        if i % 4 == 3:
            assert client.ping(f"ping-{i}".encode(), timeout=5), f"no heartbeat after {i + 1} junk connections"


def test_stdin_messages_outside_an_input_request_are_dropped_and_logged(kernel: KernelProcess, client):
    for i in range(50):
        client.send("stdin", "input_reply", {"value": f"stale {i}"})
    client.send_frames("stdin", [b"<IDS|MSG>", b"0" * 64, b"{}", b"{}", b"{}", b"{}"])
    reply, io = client.execute("1 + 2")
    assert reply["content"]["status"] == "ok"
    import time
    time.sleep(0.5)
    log = kernel.stderr_text()
    assert log.count("stdin: ignored input_reply outside an input request") == 50, log[-2000:]
    assert "stdin: dropped a message" in log
    # A real input request afterwards reads the new answer, not a stale one.
    sent = client.send("shell", "execute_request", {"code": "readLine()", "allow_stdin": True,
                                                    "silent": False, "store_history": True,
                                                    "user_expressions": {}, "stop_on_error": False})
    request = client.recv("stdin")
    assert request["msg_type"] == "input_request"
    answer = client.session.msg("input_reply", {"value": "fresh"}, parent=request["header"])
    client.session.send(client.sockets["stdin"], answer)
    assert client.reply("shell", sent)["content"]["status"] == "ok"
    io = client.iopub_until_idle(sent)
    assert any("fresh" in m["content"].get("data", {}).get("text/plain", "") for m in io
               if m["msg_type"] == "execute_result")


def test_comm_open_without_a_comm_id_publishes_nothing_malformed(kernel: KernelProcess, client):
    """A comm_open naming no comm used to be answered by a comm_close without comm_id."""
    for content in ({"target_name": "x"}, {"comm_id": None, "target_name": "x"}, {"comm_id": 5}):
        req = client.send("shell", "comm_open", content)
        io = client.iopub_until_idle(req)  # every message read is schema-checked
        assert [m["msg_type"] for m in io] == ["status", "status"], [m["msg_type"] for m in io]
    req = client.send("shell", "comm_open", {"comm_id": "c1", "target_name": "x", "data": {}})
    closes = [m for m in client.iopub_until_idle(req) if m["msg_type"] == "comm_close"]
    assert [m["content"]["comm_id"] for m in closes] == ["c1"]
