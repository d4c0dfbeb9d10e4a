"""Wire-level conformance of the kernel named by KERNEL_NAME (default: swift-research).

Only behaviour every correct Jupyter kernel must have (messaging spec 5.x) is
asserted. Tests that run cells carry the `language` marker: they need the cell
evaluator, and take their code from kernel_wire.CELLS for the kernel's language
(Swift for ours; Python to check the suite itself against ipykernel:
KERNEL_NAME=python3 pytest Tests/Conformance).
"""
from __future__ import annotations

import json
import os
import time
import uuid

import pytest
import zmq
from jupyter_client.session import Session

from kernel_wire import CELLS, KERNEL_NAME, TIMEOUT, Kernel, of_type, result_text, stdout_text

language = pytest.mark.language
EXPECTED_LANGUAGE = os.environ.get("KERNEL_LANGUAGE", "swift")


# MARK: - kernel_info, status and parent headers

def test_kernel_info_on_shell(k: Kernel):
    reply, iopub = k.request("shell", "kernel_info_request")
    c = reply["content"]
    assert c["status"] == "ok"
    assert c["protocol_version"].split(".")[0] == "5"
    info = c["language_info"]
    for key in ("name", "version", "mimetype", "file_extension"):
        assert isinstance(info.get(key), str) and info[key], f"language_info.{key} missing"
    assert info["file_extension"].startswith(".")
    if KERNEL_NAME == "swift-research":
        assert info["name"] == EXPECTED_LANGUAGE
    assert [m["content"]["execution_state"] for m in iopub] == ["busy", "idle"]


def test_kernel_info_on_control(k: Kernel):
    req = k.send("control", "kernel_info_request")
    reply = k.reply("control", req)
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["language_info"]["name"] == k.language
    assert reply["header"]["session"] == k.request("shell", "kernel_info_request")[0]["header"]["session"]


def test_nudge_new_client_gets_shell_control_and_iopub(kernel: Kernel):
    """What JupyterLab's server does on connect: kernel_info on shell and control until iopub speaks."""
    # A client of its own session: jupyter_client uses the session id as the socket identity.
    kc = kernel.km.client(session=Session(key=kernel.session.key,
                                          signature_scheme=kernel.session.signature_scheme))
    kc.start_channels()
    try:
        got = {"shell": False, "control": False, "iopub": False}
        end = time.monotonic() + TIMEOUT
        while not all(got.values()) and time.monotonic() < end:
            shell_req = kc.session.msg("kernel_info_request", {})
            control_req = kc.session.msg("kernel_info_request", {})
            kc.shell_channel.send(shell_req)
            kc.control_channel.send(control_req)
            ids = {shell_req["header"]["msg_id"], control_req["header"]["msg_id"]}
            step_end = time.monotonic() + 0.5
            while time.monotonic() < step_end and not all(got.values()):
                for name, ch in (("shell", kc.shell_channel), ("control", kc.control_channel),
                                 ("iopub", kc.iopub_channel)):
                    try:
                        msg = ch.get_msg(timeout=0.01)
                    except Exception:
                        continue
                    if name == "iopub" or (msg["parent_header"].get("msg_id") in ids
                                           and msg["msg_type"] == "kernel_info_reply"):
                        got[name] = True
        assert all(got.values()), f"nudge incomplete after {TIMEOUT:.0f} s: {got}"
    finally:
        kc.stop_channels()


@pytest.mark.parametrize("msg_type,content", [
    ("kernel_info_request", {}),
    ("is_complete_request", {"code": "1"}),
    ("complete_request", {"code": "pri", "cursor_pos": 3}),
    ("inspect_request", {"code": "print", "cursor_pos": 5, "detail_level": 0}),
    ("history_request", {"output": False, "raw": True, "hist_access_type": "tail", "n": 5}),
    ("comm_info_request", {}),
])
def test_status_busy_idle_around_each_shell_request(k: Kernel, msg_type: str, content: dict):
    req = k.send("shell", msg_type, content)
    reply = k.reply("shell", req)
    iopub = k.iopub_for(req)
    assert iopub[0]["content"]["execution_state"] == "busy"
    assert iopub[-1]["content"]["execution_state"] == "idle"
    for m in [reply] + iopub:
        parent = m["parent_header"]
        assert parent["msg_id"] == req["header"]["msg_id"]
        assert parent["msg_type"] == msg_type
        assert parent["session"] == k.session.session
    assert reply["header"]["msg_type"] == msg_type.replace("_request", "_reply")
    if msg_type != "is_complete_request":  # its status is the verdict
        assert reply["content"]["status"] == "ok"


def test_heartbeat_echoes(k: Kernel):
    info = k.km.get_connection_info()
    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.REQ)
    sock.linger = 0
    try:
        sock.connect(f"{info['transport']}://{info['ip']}:{info['hb_port']}")
        payload = uuid.uuid4().bytes
        sock.send(payload)
        assert sock.poll(int(TIMEOUT * 1000)), "heartbeat did not echo"
        assert sock.recv() == payload
    finally:
        sock.close()


# MARK: - Requests answered without running cells

def test_is_complete_reply_shape(k: Kernel):
    reply, _ = k.request("shell", "is_complete_request", {"code": "1"})
    assert reply["content"]["status"] in ("complete", "incomplete", "invalid", "unknown")


def test_complete_reply_shape(k: Kernel):
    code = "x = pri"
    reply, _ = k.request("shell", "complete_request", {"code": code, "cursor_pos": len(code)})
    c = reply["content"]
    assert c["status"] == "ok"
    assert isinstance(c["matches"], list) and all(isinstance(m, str) for m in c["matches"])
    assert 0 <= c["cursor_start"] <= c["cursor_end"] <= len(code)
    assert isinstance(c["metadata"], dict)


def test_inspect_reply_shape(k: Kernel):
    reply, _ = k.request("shell", "inspect_request",
                         {"code": "zzzNoSuchNameAnywhere", "cursor_pos": 3, "detail_level": 0})
    c = reply["content"]
    assert c["status"] == "ok"
    assert isinstance(c["found"], bool)
    assert isinstance(c["data"], dict) and isinstance(c["metadata"], dict)


@pytest.mark.parametrize("content", [
    {"hist_access_type": "tail", "n": 10},
    {"hist_access_type": "range", "session": 0, "start": 0, "stop": 1000},
    {"hist_access_type": "search", "pattern": "*", "n": 10},
    {"hist_access_type": "search", "pattern": "*", "n": 10, "unique": True},
])
@pytest.mark.parametrize("output", [False, True])
def test_history_reply_shape(k: Kernel, content: dict, output: bool):
    reply, _ = k.request("shell", "history_request", dict(content, output=output, raw=True))
    history = reply["content"]["history"]
    assert isinstance(history, list)
    for entry in history:
        assert len(entry) == 3
        session, line, cell = entry
        assert isinstance(session, int) and isinstance(line, int)
        if output:
            assert len(cell) == 2 and isinstance(cell[0], str)
        else:
            assert isinstance(cell, str)


def test_comm_info(k: Kernel):
    reply, _ = k.request("shell", "comm_info_request", {})
    assert reply["content"]["status"] == "ok"
    assert isinstance(reply["content"]["comms"], dict)
    reply, _ = k.request("shell", "comm_info_request", {"target_name": "conformance.none"})
    assert reply["content"]["comms"] == {}


def test_comm_open_to_unknown_target_is_closed(k: Kernel):
    comm_id = uuid.uuid4().hex
    req = k.send("shell", "comm_open", {"comm_id": comm_id, "target_name": "conformance.no_such_target",
                                        "data": {}})
    iopub = k.iopub_for(req)
    closes = of_type(iopub, "comm_close")
    assert [m["content"]["comm_id"] for m in closes] == [comm_id], \
        f"expected one comm_close for {comm_id}, got {[m['msg_type'] for m in iopub]}"
    reply, _ = k.request("shell", "comm_info_request", {})
    assert comm_id not in reply["content"]["comms"]


# MARK: - Robustness: unknown and forged messages

@pytest.mark.parametrize("channel", ["shell", "control"])
def test_unknown_msg_type_does_not_kill_the_kernel(k: Kernel, channel: str):
    k.send(channel, "conformance_no_such_request", {"x": 1})
    reply = k.reply(channel, k.send(channel, "kernel_info_request"))
    assert reply["content"]["status"] == "ok"
    assert k.km.is_alive()


def test_comm_messages_for_unknown_comms_are_ignored(k: Kernel):
    for msg_type in ("comm_msg", "comm_close"):
        req = k.send("shell", msg_type, {"comm_id": uuid.uuid4().hex, "data": {}})
        iopub = k.iopub_for(req)
        assert of_type(iopub, "error") == [], f"{msg_type} for an unknown comm published an error"
    assert k.request("shell", "kernel_info_request")[0]["content"]["status"] == "ok"


def _raw_shell_socket(k: Kernel) -> zmq.Socket:
    info = k.km.get_connection_info()
    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.linger = 0
    sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    return sock


def test_message_with_wrong_signature_is_ignored(k: Kernel):
    sock = _raw_shell_socket(k)
    try:
        # A correctly signed request on this raw socket is answered, and the answer is signed.
        good = k.session.msg("kernel_info_request", {})
        k.session.send(sock, good)
        assert sock.poll(int(TIMEOUT * 1000)), "no answer to a correctly signed request"
        _, frames = k.session.feed_identities(sock.recv_multipart())
        reply = k.session.deserialize(frames)  # raises on a bad signature
        assert reply["msg_type"] == "kernel_info_reply"
        assert reply["parent_header"]["msg_id"] == good["header"]["msg_id"]
        k.drain("iopub", quiet=0.3)

        forged = []
        # 1: a signature of the right shape that is not the HMAC of the frames.
        msg = k.session.msg("kernel_info_request", {})
        frames = k.session.serialize(msg)
        frames[1] = b"0" * len(frames[1])
        sock.send_multipart(frames)
        forged.append(msg["header"]["msg_id"])
        # 2: a genuine signature over frames changed afterwards.
        msg = k.session.msg("is_complete_request", {"code": "1"})
        frames = k.session.serialize(msg)
        frames[-1] = json.dumps({"code": "2"}).encode()
        sock.send_multipart(frames)
        forged.append(msg["header"]["msg_id"])
        # 3: no signature at all.
        msg = k.session.msg("kernel_info_request", {})
        frames = k.session.serialize(msg)
        frames[1] = b""
        sock.send_multipart(frames)
        forged.append(msg["header"]["msg_id"])

        assert not sock.poll(1500), "the kernel answered a message with a wrong signature"
        for m in k.drain("iopub", quiet=0.3):
            assert (m.get("parent_header") or {}).get("msg_id") not in forged, \
                f"the kernel published {m['msg_type']} for a message with a wrong signature"
    finally:
        sock.close()
    assert k.km.is_alive()
    assert k.request("shell", "kernel_info_request")[0]["content"]["status"] == "ok"


# MARK: - Interrupt and shutdown

def test_interrupt_while_idle_is_acknowledged(k: Kernel):
    reply = k.reply("control", k.send("control", "interrupt_request"))
    assert reply["content"]["status"] == "ok"
    assert k.request("shell", "kernel_info_request")[0]["content"]["status"] == "ok"


@pytest.mark.parametrize("restart", [False, True])
def test_shutdown_echoes_restart_and_exits(fresh_kernel: Kernel, restart: bool):
    reply = fresh_kernel.reply("control", fresh_kernel.send("control", "shutdown_request",
                                                            {"restart": restart}))
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["restart"] is restart
    assert fresh_kernel.wait_exit(), "the kernel process did not exit after shutdown_reply"


# MARK: - Execution (needs the cell language)

@language
def test_execute_value_and_message_order(k: Kernel, cells):
    req = k.send("shell", "execute_request", {"code": cells.value, "silent": False,
                                              "store_history": True, "user_expressions": {},
                                              "allow_stdin": False, "stop_on_error": True})
    reply = k.reply("shell", req)
    iopub = k.iopub_for(req)
    assert reply["content"]["status"] == "ok"
    types = [m["msg_type"] for m in iopub]
    assert types == ["status", "execute_input", "execute_result", "status"], types
    count = reply["content"]["execution_count"]
    assert iopub[1]["content"] == {"code": cells.value, "execution_count": count}
    assert iopub[2]["content"]["execution_count"] == count
    assert iopub[2]["content"]["data"]["text/plain"] == cells.value_text


@language
def test_execution_count_with_silent_and_store_history(k: Kernel, cells):
    r1, _ = k.execute(cells.value)
    c1 = r1["content"]["execution_count"]
    r2, _ = k.execute(cells.value)
    c2 = r2["content"]["execution_count"]
    assert c2 == c1 + 1

    rs, out = k.execute(cells.value, silent=True)
    assert rs["content"]["status"] == "ok"
    assert of_type(out, "execute_input") == [] and of_type(out, "execute_result") == [], \
        "a silent request published its input or result"
    assert rs["content"]["execution_count"] in (c2, c2 + 1)

    rn, out = k.execute(cells.value, store_history=False)
    assert rn["content"]["status"] == "ok"
    assert result_text(out) == cells.value_text
    assert rn["content"]["execution_count"] in (c2, c2 + 1)

    r3, _ = k.execute(cells.value)
    assert r3["content"]["execution_count"] == c2 + 1, "silent or store_history=False moved the counter"


@language
def test_user_expressions_are_evaluated_after_the_cell(k: Kernel, cells):
    reply, _ = k.execute(cells.define_marker,
                         user_expressions={"good": "zebraMarkerVariable + 25", "bad": "zzzNoSuchName"})
    ue = reply["content"]["user_expressions"]
    assert set(ue) == {"good", "bad"}
    assert ue["good"]["status"] == "ok" and ue["good"]["data"]["text/plain"] == "42"
    assert ue["bad"]["status"] == "error" and ue["bad"]["ename"]


@language
def test_error_reply_and_error_message(k: Kernel, cells):
    before = k.execute(cells.value)[0]["content"]["execution_count"]
    reply, iopub = k.execute(cells.error)
    c = reply["content"]
    assert c["status"] == "error"
    assert c["ename"] and isinstance(c["evalue"], str) and isinstance(c["traceback"], list)
    errors = of_type(iopub, "error")
    assert len(errors) == 1 and errors[0]["content"]["ename"] == c["ename"]
    assert c["execution_count"] == before + 1
    after = k.execute(cells.value)[0]["content"]
    assert after["status"] == "ok" and after["execution_count"] == before + 2


@language
def test_stop_on_error_aborts_queued_requests(k: Kernel, cells):
    failing = k.send("shell", "execute_request", {"code": cells.error, "silent": False,
                                                  "store_history": True, "user_expressions": {},
                                                  "allow_stdin": False, "stop_on_error": True})
    queued = k.send("shell", "execute_request", {"code": cells.print_then_value, "silent": False,
                                                 "store_history": True, "user_expressions": {},
                                                 "allow_stdin": False, "stop_on_error": True})
    assert k.reply("shell", failing)["content"]["status"] == "error"
    second = k.reply("shell", queued)
    assert second["content"]["status"] in ("aborted", "error")
    out = k.drain("iopub", quiet=0.3)
    assert "before" not in stdout_text([m for m in out
                                        if m["parent_header"].get("msg_id") == queued["header"]["msg_id"]])
    # Shell requests are handled one at a time: the failed cell's idle precedes the
    # queued request's busy (no nesting of one request's status inside another's).
    states = [(m["parent_header"].get("msg_id"), m["content"]["execution_state"])
              for m in out if m["msg_type"] == "status"]
    a, b = failing["header"]["msg_id"], queued["header"]["msg_id"]
    assert (a, "idle") in states and (b, "busy") in states, states
    assert states.index((a, "idle")) < states.index((b, "busy")), \
        "the aborted request's status busy came before the failed cell's idle"
    assert k.execute(cells.value)[0]["content"]["status"] == "ok"


@language
def test_stream_output_order(k: Kernel, cells):
    reply, iopub = k.execute(cells.count_lines)
    assert reply["content"]["status"] == "ok"
    assert stdout_text(iopub) == "".join(f"{i}\n" for i in range(300))

    reply, iopub = k.execute(cells.print_then_value)
    kinds = [m["msg_type"] for m in iopub if m["msg_type"] in ("stream", "execute_result")]
    assert kinds and kinds[-1] == "execute_result" and set(kinds[:-1]) == {"stream"}
    assert stdout_text(iopub) == "before\n"
    assert result_text(iopub) == "42"


@language
def test_stdin_round_trip(k: Kernel, cells):
    req = k.send("shell", "execute_request", {"code": cells.read_line, "silent": False,
                                              "store_history": True, "user_expressions": {},
                                              "allow_stdin": True, "stop_on_error": True})
    prompt = k.next_msg("stdin")
    assert prompt["msg_type"] == "input_request"
    assert prompt["parent_header"]["msg_id"] == req["header"]["msg_id"]
    assert prompt["content"]["password"] is False
    k.kc.input("swift conformance")
    reply = k.reply("shell", req)
    iopub = k.iopub_for(req)
    assert reply["content"]["status"] == "ok"
    assert "got swift conformance\n" in stdout_text(iopub)


@language
def test_interrupt_ends_a_running_cell_with_an_error(k: Kernel, cells):
    req = k.send("shell", "execute_request", {"code": cells.long_running, "silent": False,
                                              "store_history": True, "user_expressions": {},
                                              "allow_stdin": False, "stop_on_error": True})
    busy = k.next_msg("iopub")
    while busy["parent_header"].get("msg_id") != req["header"]["msg_id"]:
        busy = k.next_msg("iopub")
    time.sleep(0.3)  # let the cell spin
    asked = time.monotonic()
    info = k.reply("control", k.send("control", "kernel_info_request"), timeout=5)
    assert info["content"]["status"] == "ok"
    assert time.monotonic() - asked < 2, "control did not answer kernel_info while a cell ran"
    started = time.monotonic()
    assert k.reply("control", k.send("control", "interrupt_request"))["content"]["status"] == "ok"
    reply = k.reply("shell", req, timeout=10)
    assert reply["content"]["status"] == "error"
    assert time.monotonic() - started < 5, "the cell took more than 5 s to stop"
    rest = k.drain("iopub", quiet=0.5)
    assert any(m["msg_type"] == "status" and m["content"]["execution_state"] == "idle"
               and m["parent_header"].get("msg_id") == req["header"]["msg_id"] for m in rest)
    after, out = k.execute(cells.value)
    assert after["content"]["status"] == "ok" and result_text(out) == cells.value_text


@language
def test_interrupt_while_idle_does_not_stop_the_next_cell(k: Kernel, cells):
    assert k.reply("control", k.send("control", "interrupt_request"))["content"]["status"] == "ok"
    time.sleep(0.2)
    reply, out = k.execute(cells.count_lines)
    assert reply["content"]["status"] == "ok"
    assert stdout_text(out).endswith("299\n")


@language
def test_is_complete_on_cells(k: Kernel, cells):
    for code in cells.complete:
        assert k.request("shell", "is_complete_request", {"code": code})[0]["content"]["status"] \
            == "complete", code
    for code in cells.incomplete:
        c = k.request("shell", "is_complete_request", {"code": code})[0]["content"]
        assert c["status"] == "incomplete", code
        assert isinstance(c.get("indent", ""), str)
    for code in cells.invalid:
        assert k.request("shell", "is_complete_request", {"code": code})[0]["content"]["status"] \
            == "invalid", code


@language
def test_complete_names_defined_by_earlier_cells(k: Kernel, cells):
    assert k.execute(cells.define_marker)[0]["content"]["status"] == "ok"
    code = "x = " + cells.marker_prefix
    reply, _ = k.request("shell", "complete_request", {"code": code, "cursor_pos": len(code)})
    c = reply["content"]
    assert cells.marker_name in c["matches"]
    assert c["cursor_start"] == len("x = ") and c["cursor_end"] == len(code)


@language
def test_inspect_a_known_name(k: Kernel, cells):
    code = cells.inspect_name
    reply, _ = k.request("shell", "inspect_request",
                         {"code": code, "cursor_pos": len(code), "detail_level": 0})
    c = reply["content"]
    assert c["found"] is True
    assert c["data"].get("text/plain")


@language
def test_history_of_executed_cells(k: Kernel, cells):
    reply, _ = k.execute(cells.history_marker)
    count = reply["content"]["execution_count"]
    tail = k.request("shell", "history_request", {"output": False, "raw": True,
                                                  "hist_access_type": "tail", "n": 1})[0]
    [(session, line, code)] = tail["content"]["history"]
    assert code == cells.history_marker and line == count

    rng = k.request("shell", "history_request", {"output": True, "raw": True,
                                                 "hist_access_type": "range", "session": session,
                                                 "start": line, "stop": line + 1})[0]
    [(s2, l2, (inp, out))] = rng["content"]["history"]
    assert s2 in (session, 0), "range answered with another session"  # 0: the current one
    assert (l2, inp) == (line, cells.history_marker)

    found = k.request("shell", "history_request", {"output": False, "raw": True,
                                                   "hist_access_type": "search",
                                                   "pattern": "*historyMarkerCell*", "n": 5})[0]
    assert any(h[2] == cells.history_marker for h in found["content"]["history"])


@language
def test_history_persists_across_kernel_restarts(tmp_path, kernel: Kernel):
    if kernel.language not in CELLS:
        pytest.skip(f"no code samples for language {kernel.language!r}")
    cells = CELLS[kernel.language]
    first = Kernel.start(tmp_path)
    try:
        assert first.execute(cells.history_marker)[0]["content"]["status"] == "ok"
    finally:
        first.stop()
    second = Kernel.start(tmp_path)
    try:
        found = second.request("shell", "history_request", {"output": False, "raw": True,
                                                            "hist_access_type": "search",
                                                            "pattern": "*historyMarkerCell*"})[0]
        assert any(h[2] == cells.history_marker for h in found["content"]["history"]), \
            "a cell run before the restart is missing from history"
    finally:
        second.stop()
