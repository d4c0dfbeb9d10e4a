"""Security: loopback-only sockets, nothing unsigned or mis-signed executed, owner-only files,
no cell feature that runs shell commands."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import time
from pathlib import Path

import psutil

from rkernel import ROOT, KernelProcess, kernel_binary, result_text


def test_sockets_are_bound_only_to_the_connection_files_address(kernel: KernelProcess, client):
    listening = [c for c in psutil.Process(kernel.pid).net_connections(kind="inet")
                 if c.status == psutil.CONN_LISTEN]
    ports = {kernel.port(ch) for ch in ("shell", "control", "stdin", "hb", "iopub")}
    assert {c.laddr.port for c in listening} == ports, listening
    assert {c.laddr.ip for c in listening} == {"127.0.0.1"}, listening


def test_ipc_transport_binds_no_tcp_port(tmp_path: Path):
    k = KernelProcess(tmp_path / "ipc", transport="ipc")
    try:
        c = k.client()
        assert c.request("shell", "kernel_info_request")["content"]["status"] == "ok"
        assert [x for x in psutil.Process(k.pid).net_connections(kind="inet")
                if x.status == psutil.CONN_LISTEN] == []
        c.close()
    finally:
        k.stop()


def _forged(client, code: str) -> list[list[bytes]]:
    """An execute_request for `code`: unsigned, with a wrong signature, and re-signed after editing."""
    out = []
    msg = client.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                         "user_expressions": {}, "allow_stdin": False, "stop_on_error": False})
    frames = client.session.serialize(msg)
    unsigned = list(frames)
    unsigned[1] = b""
    out.append(unsigned)
    wrong = list(frames)
    wrong[1] = b"f" * 64
    out.append(wrong)
    innocent = client.session.serialize(client.msg("execute_request", {"code": "1"}))
    tampered = list(innocent)
    tampered[-1] = frames[-1]  # signature of "1", content of `code`
    out.append(tampered)
    return out


def test_nothing_unsigned_or_mis_signed_is_executed(kernel: KernelProcess, client):
    for channel in ("shell", "control"):
        for frames in _forged(client, "let forgedMarker = 1"):
            client.send_frames(channel, frames)
    # A forged shutdown must not end the kernel either.
    shutdown = client.session.serialize(client.msg("shutdown_request", {"restart": False}))
    shutdown[1] = b"0" * 64
    client.send_frames("control", shutdown)
    time.sleep(0.5)
    reply, io = client.execute("forgedMarker")
    assert reply["content"]["status"] == "error", "a forged execute_request was executed"
    assert kernel.alive
    hist = client.request("shell", "history_request", {"hist_access_type": "tail", "n": 50, "output": False,
                                                       "raw": True})["content"]["history"]
    assert all("forgedMarker = 1" not in h[2] for h in hist)
    assert kernel.stderr_text().count("signature does not match the connection key") >= 7


def test_history_files_are_owner_only(kernel: KernelProcess, client):
    client.execute("let ownerOnly = 1")
    time.sleep(0.3)
    for path in [kernel.history, Path(f"{kernel.history}-wal"), Path(f"{kernel.history}-shm")]:
        if path.exists():
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode & 0o077 == 0, f"{path} has mode {oct(mode)}"
    assert kernel.history.exists()


def test_history_folder_created_owner_only(tmp_path: Path):
    history = tmp_path / "new" / "deeper" / "history.sqlite"
    k = KernelProcess(tmp_path / "k", history=history)
    try:
        k.client().execute("1")
        assert stat.S_IMODE(history.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(history.stat().st_mode) == 0o600
    finally:
        k.stop()


def test_installed_kernelspec_is_owner_only(tmp_path: Path):
    out = subprocess.run([kernel_binary(), "install", "--prefix", str(tmp_path), "--name", "sec-test"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    spec = tmp_path / "share" / "jupyter" / "kernels" / "sec-test" / "kernel.json"
    assert stat.S_IMODE(spec.stat().st_mode) & 0o077 == 0
    argv = json.loads(spec.read_text())["argv"]
    assert os.path.isabs(argv[0]) and "{connection_file}" in argv


def test_no_cell_feature_runs_shell_commands(kernel: KernelProcess, client):
    for code in ("%%bash\necho pwned", "%%sh\necho pwned", "!echo pwned", "%system echo pwned",
                 "%sx echo pwned", "system(\"echo pwned\")", "Process()"):
        reply, io = client.execute(code)
        assert reply["content"]["status"] == "error", f"{code!r} ran"
        assert "pwned\n" not in "".join(m["content"].get("text", "") for m in io if m["msg_type"] == "stream")
    reply, io = client.execute("1 + 1")
    assert result_text(io) == "2"
