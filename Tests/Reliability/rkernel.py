"""A kernel process started directly (no kernelspec) and raw ZeroMQ clients for it.

The reliability tests need what a KernelManager hides: the process id (resident memory,
signals), the kernel's stderr (every dropped message is logged there) and sockets that
can send anything at all. Messages are signed and checked with jupyter_client's Session;
every message read back is validated by the conformance suite's `validate_message`.

Environment:
  KERNEL_BINARY         the kernel executable (default: .build/debug/swift-research-kernel,
                        or .build/release/... when only that one exists)
  CONFORMANCE_TIMEOUT   seconds to wait for any one answer (default 30)
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import zmq
from jupyter_client.connect import write_connection_file
from jupyter_client.session import Session

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "Tests" / "Conformance"))
from kernel_wire import validate_message  # noqa: E402

TIMEOUT = float(os.environ.get("CONFORMANCE_TIMEOUT", "30"))
CHANNELS = ("shell", "control", "stdin", "hb", "iopub")


def kernel_binary() -> str:
    """The kernel executable: $KERNEL_BINARY, else the debug build, else the release build."""
    if os.environ.get("KERNEL_BINARY"):
        return os.environ["KERNEL_BINARY"]
    debug = ROOT / ".build" / "debug" / "swift-research-kernel"
    release = ROOT / ".build" / "release" / "swift-research-kernel"
    return str(debug if debug.exists() or not release.exists() else release)


def rss_kb(pid: int) -> int:
    """Resident set size of `pid` in kB (VmRSS from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


class KernelProcess:
    """`swift-research-kernel run` on a fresh connection file in `folder`.

    Its history database is `folder/history.sqlite` unless `history` says otherwise;
    its stderr goes to `folder/kernel.stderr`.
    """

    def __init__(self, folder: Path, key: str | None = None, transport: str = "tcp",
                 history: Path | None = None, binary: str | None = None):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.key = uuid.uuid4().hex if key is None else key
        self.history = history or folder / "history.sqlite"
        self.binary = binary or kernel_binary()
        ip = "127.0.0.1" if transport == "tcp" else str(folder / f"ipc-{uuid.uuid4().hex[:8]}")
        self.connection_file = str(folder / f"kernel-{uuid.uuid4().hex[:8]}.json")
        write_connection_file(self.connection_file, ip=ip, key=self.key.encode(), transport=transport,
                              signature_scheme="hmac-sha256", kernel_name="swift-research")
        self.info = json.loads(Path(self.connection_file).read_text())
        self.stderr_path = folder / "kernel.stderr"
        self.started = time.monotonic()
        env = dict(os.environ, SWIFT_RESEARCH_HISTORY=str(self.history))
        self._stderr = open(self.stderr_path, "ab")
        self.proc = subprocess.Popen([self.binary, "run", "--connection-file", self.connection_file],
                                     stdin=subprocess.DEVNULL, stdout=self._stderr, stderr=self._stderr, env=env)
        self.pid = self.proc.pid

    # MARK: State

    def endpoint(self, channel: str) -> str:
        port = self.info[{"hb": "hb_port"}.get(channel, f"{channel}_port")]
        if self.info["transport"] == "ipc":
            return f"ipc://{self.info['ip']}-{port}"
        return f"tcp://{self.info['ip']}:{port}"

    def port(self, channel: str) -> int:
        return int(self.info[{"hb": "hb_port"}.get(channel, f"{channel}_port")])

    def rss_kb(self) -> int:
        return rss_kb(self.pid)

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def stderr_text(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(errors="replace")

    def signal(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def wait_exit(self, timeout: float = TIMEOUT) -> int | None:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def client(self, **kw: Any) -> "Client":
        return Client(self, **kw)

    def stop(self) -> None:
        """Ends the process (SIGTERM, then SIGKILL) if it still runs."""
        if self.alive:
            self.proc.send_signal(signal.SIGTERM)
            if self.wait_exit(5) is None:
                self.proc.kill()
                self.proc.wait()
        self._stderr.close()


class Client:
    """One front end: DEALER sockets on shell, control and stdin, SUB on iopub, REQ on hb."""

    def __init__(self, kernel: KernelProcess, context: zmq.Context | None = None, wait_ready: bool = True):
        self.kernel = kernel
        self.ctx = context or zmq.Context.instance()
        self.session = Session(key=kernel.key.encode(), signature_scheme="hmac-sha256",
                               username="reliability")
        self.sockets: dict[str, zmq.Socket] = {}
        for name, kind in (("shell", zmq.DEALER), ("control", zmq.DEALER), ("stdin", zmq.DEALER),
                           ("iopub", zmq.SUB), ("hb", zmq.REQ)):
            s = self.ctx.socket(kind)
            s.linger = 0
            if kind == zmq.SUB:
                s.setsockopt(zmq.SUBSCRIBE, b"")
            if kind == zmq.DEALER:
                # As jupyter_client: one identity, so input_request reaches this client's stdin.
                s.setsockopt(zmq.IDENTITY, self.session.bsession)
            s.connect(kernel.endpoint(name))
            self.sockets[name] = s
        if wait_ready:
            self.wait_ready()

    def close(self) -> None:
        for s in self.sockets.values():
            s.close(linger=0)

    # MARK: Sending

    def msg(self, msg_type: str, content: dict | None = None) -> dict:
        return self.session.msg(msg_type, content or {})

    def send(self, channel: str, msg_type: str, content: dict | None = None) -> dict:
        m = self.msg(msg_type, content)
        self.session.send(self.sockets[channel], m)
        return m

    def send_frames(self, channel: str, frames: list[bytes]) -> None:
        self.sockets[channel].send_multipart(frames, copy=True)

    # MARK: Receiving

    def recv(self, channel: str, timeout: float = TIMEOUT) -> dict | None:
        """The next message on `channel`, signature-checked and schema-validated; None on timeout."""
        s = self.sockets[channel]
        if not s.poll(int(timeout * 1000)):
            return None
        _, frames = self.session.feed_identities(s.recv_multipart())
        msg = self.session.deserialize(frames)
        validate_message(msg)
        return msg

    def reply(self, channel: str, request: dict, timeout: float = TIMEOUT) -> dict:
        """The reply to `request`, skipping answers to other requests."""
        msg_id = request["header"]["msg_id"]
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            m = self.recv(channel, max(left, 0)) if left > 0 else None
            if m is None:
                raise AssertionError(f"no reply to {request['header']['msg_type']} on {channel} "
                                     f"within {timeout:.0f} s")
            if m["parent_header"].get("msg_id") == msg_id:
                return m

    def iopub_until_idle(self, request: dict, timeout: float = TIMEOUT) -> list[dict]:
        """IOPub messages of `request` up to and including its status idle."""
        msg_id = request["header"]["msg_id"]
        got: list[dict] = []
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            m = self.recv("iopub", left) if left > 0 else None
            if m is None:
                raise AssertionError(f"no status idle for {request['header']['msg_type']} within "
                                     f"{timeout:.0f} s; got {[x['msg_type'] for x in got]}")
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            got.append(m)
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                return got

    def request(self, channel: str, msg_type: str, content: dict | None = None,
                timeout: float = TIMEOUT) -> dict:
        return self.reply(channel, self.send(channel, msg_type, content), timeout)

    def execute(self, code: str, timeout: float = TIMEOUT, **options: Any) -> tuple[dict, list[dict]]:
        content = {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                   "allow_stdin": False, "stop_on_error": False}
        content.update(options)
        req = self.send("shell", "execute_request", content)
        reply = self.reply("shell", req, timeout)
        return reply, self.iopub_until_idle(req, timeout)

    def ping(self, payload: bytes = b"ping", timeout: float = 5) -> bool:
        s = self.sockets["hb"]
        s.send(payload)
        if not s.poll(int(timeout * 1000)):
            return False
        return s.recv() == payload

    def reset_heartbeat(self) -> None:
        """A new REQ socket, after a ping that went unanswered."""
        self.sockets["hb"].close(linger=0)
        s = self.ctx.socket(zmq.REQ)
        s.linger = 0
        s.connect(self.kernel.endpoint("hb"))
        self.sockets["hb"] = s

    def wait_ready(self, timeout: float = TIMEOUT) -> dict:
        """Sends kernel_info_request on shell until one is answered and iopub is connected."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if not self.kernel.alive:
                raise AssertionError(f"kernel exited at start:\n{self.kernel.stderr_text()}")
            req = self.send("shell", "kernel_info_request")
            try:
                reply = self.reply("shell", req, timeout=0.5)
            except AssertionError:
                continue
            # The SUB socket is connected once it sees this request's status.
            try:
                self.iopub_until_idle(req, timeout=0.5)
            except AssertionError:
                continue
            return reply
        raise AssertionError(f"kernel not ready within {timeout:.0f} s:\n{self.kernel.stderr_text()}")


def result_text(iopub: list[dict]) -> str | None:
    for m in iopub:
        if m["msg_type"] == "execute_result":
            return m["content"]["data"].get("text/plain")
    return None


def stdout_text(iopub: list[dict]) -> str:
    return "".join(m["content"]["text"] for m in iopub
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
