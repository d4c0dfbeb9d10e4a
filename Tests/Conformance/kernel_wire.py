"""Wire-level helpers for the conformance tests: start a kernel, send requests, collect replies.

Every message read here is validated against the Jupyter message schema of
jupyter_kernel_test (msgspec_v5), and every signature is checked by jupyter_client's
Session (a wrongly signed message from the kernel raises).

Environment:
  KERNEL_NAME            kernelspec to test (default: swift-research)
  CONFORMANCE_TIMEOUT    seconds to wait for any one answer (default: 30)
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from queue import Empty
from typing import Any

from jupyter_client.manager import KernelManager, start_new_kernel
from jupyter_kernel_test import msgspec_v5

KERNEL_NAME = os.environ.get("KERNEL_NAME", "swift-research")
TIMEOUT = float(os.environ.get("CONFORMANCE_TIMEOUT", "30"))


# MARK: - Validation

def validate_message(msg: dict, msg_type: str | None = None, parent_id: str | None = None) -> None:
    """jupyter_kernel_test's schema check, where its schema agrees with the messaging spec.

    Its schema lacks the comm messages, types `input_request.password` as a number
    (the spec: boolean) and knows only 'abort', where kernels send 'aborted' (the
    spelling the spec's own examples use; deprecated since 5.1 in favour of 'error').
    For those, the envelope is checked here and the content by hand.
    """
    kind = msg_type or msg["header"]["msg_type"]
    content = msg["content"]
    if kind == "input_request":
        msgspec_v5.msg_structure_validator.validate(msg)
        assert isinstance(content.get("prompt"), str), "input_request.prompt must be a string"
        assert isinstance(content.get("password"), bool), "input_request.password must be a boolean"
    elif kind.endswith("_reply") and content.get("status") == "aborted":
        msgspec_v5.msg_structure_validator.validate(msg)
        assert msg["header"]["msg_type"] == kind
    elif kind in msgspec_v5.schema_fragments or kind.endswith("_reply"):
        msgspec_v5.validate_message(msg, msg_type, parent_id)
    else:
        msgspec_v5.msg_structure_validator.validate(msg)
        if kind.startswith("comm_"):
            assert isinstance(content.get("comm_id"), str), f"{kind} without comm_id"
    if parent_id is not None:
        assert msg["parent_header"].get("msg_id") == parent_id, "parent header does not match"


# MARK: - Cells per language

@dataclass(frozen=True)
class Cells:
    """Code samples for tests that run cells, one set per cell language.

    The Swift set is the one the project ships; the Python set exists so the suite
    itself can be checked against a reference kernel (KERNEL_NAME=python3).
    """

    value: str                  # a cell whose value is `value_text`
    value_text: str
    print_then_value: str       # prints "before\n", then has the value "42"
    count_lines: str            # prints 0..<300, one per line
    error: str                  # fails at run time (index out of range)
    long_running: str           # never ends by itself
    read_line: str              # reads one line from stdin and prints "got <line>"
    define_marker: str          # defines `zebraMarkerVariable`
    marker_prefix: str = "zebraMarker"
    marker_name: str = "zebraMarkerVariable"
    incomplete: tuple[str, ...] = ()
    invalid: tuple[str, ...] = ()
    complete: tuple[str, ...] = ()
    inspect_name: str = "print"
    history_marker: str = ""    # a unique cell for history tests


CELLS: dict[str, Cells] = {
    "swift": Cells(
        value="1 + 1",
        value_text="2",
        print_then_value='print("before")\n6 * 7',
        count_lines="for i in 0..<300 {\n    print(i)\n}",
        error="let xs = [1]\nxs[5]",
        long_running="while true {}",
        read_line='let line = readLine() ?? "nil"\nprint("got " + line)',
        define_marker="let zebraMarkerVariable = 17",
        incomplete=("func f() {", "let xs = [1,", 'let s = """'),
        invalid=("let = 1", "}"),
        complete=("1 + 1", 'print("hi")', "let xs = [1,\n  2]"),
        inspect_name="print",
        history_marker="let historyMarkerCell = 41 + 1",
    ),
    "python": Cells(
        value="1 + 1",
        value_text="2",
        print_then_value='print("before")\n6 * 7',
        count_lines="for i in range(300):\n    print(i)",
        error="xs = [1]\nxs[5]",
        long_running="while True:\n    pass",
        read_line='line = input()\nprint("got " + line)',
        define_marker="zebraMarkerVariable = 17",
        incomplete=("def f():", "xs = [1,", 's = """'),
        invalid=("a = = 1", ")"),
        complete=("1 + 1", 'print("hi")', "xs = [1,\n  2]"),
        inspect_name="print",
        history_marker="historyMarkerCell = 41 + 1",
    ),
}


# MARK: - Kernel handle

class Kernel:
    """A running kernel with a blocking client, plus request/reply/iopub helpers."""

    def __init__(self, km: KernelManager, kc: Any):
        self.km = km
        self.kc = kc
        self.session = kc.session
        self.info = self.request("shell", "kernel_info_request")[0]["content"]
        self.language = self.info["language_info"]["name"]

    # MARK: Start and stop

    @classmethod
    def start(cls, history_dir: Path, name: str = KERNEL_NAME) -> "Kernel":
        """Starts `name` with its history file (and IPython's, for reference kernels) in history_dir."""
        history_dir.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ,
                   SWIFT_RESEARCH_HISTORY=str(history_dir / "history.sqlite"),
                   IPYTHONDIR=str(history_dir / "ipython"))
        km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT, env=env)
        kc.allow_stdin = False
        return cls(km, kc)

    def stop(self) -> None:
        self.kc.stop_channels()
        if self.km.is_alive():
            self.km.shutdown_kernel(now=False)
        else:
            self.km.cleanup_resources()

    def wait_exit(self, timeout: float = TIMEOUT) -> bool:
        """True when the kernel process has exited within `timeout` seconds."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if not self.km.is_alive():
                return True
            time.sleep(0.05)
        return False

    # MARK: Channels

    def channel(self, name: str) -> Any:
        return {"shell": self.kc.shell_channel, "control": self.kc.control_channel,
                "iopub": self.kc.iopub_channel, "stdin": self.kc.stdin_channel}[name]

    def send(self, channel: str, msg_type: str, content: dict | None = None) -> dict:
        """Sends a request; returns the message sent (its header is the parent of answers)."""
        msg = self.session.msg(msg_type, content or {})
        self.channel(channel).send(msg)
        return msg

    def next_msg(self, channel: str, timeout: float = TIMEOUT) -> dict:
        msg = self.channel(channel).get_msg(timeout=timeout)
        validate_message(msg)
        return msg

    def reply(self, channel: str, request: dict, timeout: float = TIMEOUT) -> dict:
        """The reply to `request` on `channel`; earlier answers to other requests are skipped."""
        msg_id = request["header"]["msg_id"]
        expected = request["header"]["msg_type"].rsplit("_", 1)[0] + "_reply"
        end = time.monotonic() + timeout
        while True:
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {expected} on {channel} within {timeout:.0f} s")
            try:
                msg = self.channel(channel).get_msg(timeout=remaining)
            except Empty:
                continue
            if (msg.get("parent_header") or {}).get("msg_id") == msg_id:
                validate_message(msg, expected, msg_id)
                return msg

    def iopub_for(self, request: dict, timeout: float = TIMEOUT) -> list[dict]:
        """IOPub messages whose parent is `request`, from status busy through status idle.

        Asserts that the first one is busy and that nothing follows idle within a short grace.
        """
        msg_id = request["header"]["msg_id"]
        got: list[dict] = []
        end = time.monotonic() + timeout
        while True:
            remaining = end - time.monotonic()
            if remaining <= 0:
                types = [m["msg_type"] for m in got]
                raise AssertionError(f"no status idle for {request['header']['msg_type']} within "
                                     f"{timeout:.0f} s; got {types}")
            try:
                msg = self.channel("iopub").get_msg(timeout=remaining)
            except Empty:
                continue
            if (msg.get("parent_header") or {}).get("msg_id") != msg_id:
                continue
            validate_message(msg)
            if not got:
                assert msg["msg_type"] == "status" and msg["content"]["execution_state"] == "busy", \
                    f"first iopub message for {request['header']['msg_type']} is " \
                    f"{msg['msg_type']} {msg['content']}, not status busy"
            got.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        for late in self.drain("iopub", quiet=0.1):
            assert (late.get("parent_header") or {}).get("msg_id") != msg_id, \
                f"{late['msg_type']} arrived after status idle for its request"
        return got

    def drain(self, channel: str, quiet: float = 0.1) -> list[dict]:
        """Reads and returns whatever arrives on `channel` until it is quiet for `quiet` seconds."""
        out = []
        while True:
            try:
                out.append(self.channel(channel).get_msg(timeout=quiet))
            except Empty:
                return out

    def flush(self) -> None:
        for name in ("shell", "iopub", "control", "stdin"):
            self.drain(name, quiet=0.05)

    # MARK: Requests

    def request(self, channel: str, msg_type: str, content: dict | None = None,
                timeout: float = TIMEOUT) -> tuple[dict, list[dict]]:
        """Sends a request and returns its reply and, for shell requests, its iopub messages."""
        req = self.send(channel, msg_type, content)
        reply = self.reply(channel, req, timeout)
        iopub = self.iopub_for(req, timeout) if channel == "shell" else []
        return reply, iopub

    def execute(self, code: str, timeout: float = TIMEOUT, **options: Any) -> tuple[dict, list[dict]]:
        """Runs a cell; returns the execute_reply and the cell's iopub messages (busy..idle)."""
        content = {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                   "allow_stdin": False, "stop_on_error": True}
        content.update(options)
        return self.request("shell", "execute_request", content, timeout)


# MARK: - Output helpers

def of_type(msgs: list[dict], msg_type: str) -> list[dict]:
    return [m for m in msgs if m["msg_type"] == msg_type]


def stdout_text(msgs: list[dict]) -> str:
    return "".join(m["content"]["text"] for m in msgs
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def result_text(msgs: list[dict]) -> str | None:
    results = of_type(msgs, "execute_result")
    assert len(results) <= 1, f"{len(results)} execute_result messages for one cell"
    return results[0]["content"]["data"].get("text/plain") if results else None
