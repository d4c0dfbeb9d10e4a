"""Starts Jupyter servers (JupyterLab, jupyter_kernel_gateway) on a free loopback port with a
token, for the browser and gateway tests and scripts/gateway_scale.py."""
from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jupyter_env() -> dict:
    """The environment with JUPYTER_PATH pointing at the venv's kernelspecs (setup.sh installs ours there)."""
    env = dict(os.environ)
    venv_share = Path(sys.prefix) / "share" / "jupyter"
    env["JUPYTER_PATH"] = os.pathsep.join(p for p in (env.get("JUPYTER_PATH"), str(venv_share)) if p)
    return env


class Server:
    """A Jupyter server process; `url` is its base URL, `token` its token."""

    def __init__(self, argv: list[str], port: int, token: str, log: Path, ready_path: str, cwd: Path | None = None,
                 env: dict | None = None):
        self.port, self.token = port, token
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = log
        log.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(log, "wb")
        self.proc = subprocess.Popen(argv, stdout=self._log, stderr=subprocess.STDOUT, env={**jupyter_env(), **(env or {})},
                                     cwd=cwd, stdin=subprocess.DEVNULL)
        self.wait_ready(ready_path)

    def wait_ready(self, path: str, timeout: float = 90) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited ({self.proc.returncode}):\n{self.log()}")
            try:
                req = urllib.request.Request(self.url + path, headers={"Authorization": f"token {self.token}"})
                with urllib.request.urlopen(req, timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"server not ready within {timeout:.0f} s:\n{self.log()}")

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


def start_lab(root_dir: Path, log: Path, settings_dir: Path | None = None) -> Server:
    """JupyterLab on `root_dir`. With `settings_dir`, user settings come from there; notebooks
    render every cell (no windowing), so a test sees all outputs without scrolling."""
    port, token = free_port(), secrets.token_hex(16)
    env = {}
    if settings_dir:
        tracker = settings_dir / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
        tracker.parent.mkdir(parents=True, exist_ok=True)
        tracker.write_text('{"windowingMode": "none"}')
        news = settings_dir / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
        news.parent.mkdir(parents=True, exist_ok=True)
        news.write_text('{"fetchNews": "false", "checkForUpdates": false}')
        env["JUPYTERLAB_SETTINGS_DIR"] = str(settings_dir)
    argv = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
            f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root_dir}",
            "--ServerApp.open_browser=False", "--LabApp.news_url=", "--ServerApp.allow_root=True",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    return Server(argv, port, token, log, "/api/status", cwd=root_dir, env=env)


def start_gateway(log: Path, max_kernels: int = 40) -> Server:
    port, token = free_port(), secrets.token_hex(16)
    argv = [sys.executable, "-m", "kernel_gateway", "--KernelGatewayApp.ip=127.0.0.1",
            f"--KernelGatewayApp.port={port}", f"--KernelGatewayApp.auth_token={token}",
            f"--KernelGatewayApp.max_kernels={max_kernels}",
            "--KernelGatewayApp.allow_origin=", "--JupyterWebsocketPersonality.list_kernels=True"]
    return Server(argv, port, token, log, "/api/kernelspecs")
