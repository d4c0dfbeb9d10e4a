"""A small client of jupyter_kernel_gateway: REST to start and stop kernels, the WebSocket
channels to run a cell (the path JupyterHub and Enterprise Gateway deployments use)."""
from __future__ import annotations

import json
import time
import urllib.request
import uuid

import websocket  # websocket-client

from jupyter_servers import Server


def rest(server: Server, method: str, path: str, body: dict | None = None) -> dict | None:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(server.url + path, data=data, method=method,
                                 headers={"Authorization": f"token {server.token}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        text = r.read()
    return json.loads(text) if text else None


def launch(server: Server, name: str = "swift-research") -> str:
    """Starts a kernel through POST /api/kernels; returns its id."""
    return rest(server, "POST", "/api/kernels", {"name": name})["id"]


def shutdown(server: Server, kernel_id: str) -> None:
    rest(server, "DELETE", f"/api/kernels/{kernel_id}")


def message(msg_type: str, content: dict, channel: str = "shell") -> dict:
    return {"header": {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "username": "gateway-test",
                       "session": uuid.uuid4().hex, "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                       "version": "5.4"},
            "parent_header": {}, "metadata": {}, "content": content, "channel": channel, "buffers": []}


def run_cell(server: Server, kernel_id: str, code: str, timeout: float = 120) -> dict:
    """Runs `code` over the kernel's WebSocket; returns reply, results, streams and timings."""
    ws_url = server.url.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
    t0 = time.monotonic()
    ws = websocket.create_connection(ws_url, header=[f"Authorization: token {server.token}"], timeout=timeout)
    connected = time.monotonic()
    try:
        msg = message("execute_request", {"code": code, "silent": False, "store_history": True,
                                           "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        ws.send(json.dumps(msg))
        msg_id = msg["header"]["msg_id"]
        out = {"reply": None, "results": [], "streams": "", "errors": [], "idle": False}
        end = time.monotonic() + timeout
        while time.monotonic() < end and not (out["reply"] and out["idle"]):
            m = json.loads(ws.recv())
            if m.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = m["msg_type"]
            if kind == "execute_reply":
                out["reply"] = m["content"]
            elif kind == "execute_result":
                out["results"].append(m["content"]["data"].get("text/plain"))
            elif kind == "stream":
                out["streams"] += m["content"]["text"]
            elif kind == "error":
                out["errors"].append(m["content"])
            elif kind == "status" and m["content"]["execution_state"] == "idle":
                out["idle"] = True
        out["connect_s"] = connected - t0
        out["total_s"] = time.monotonic() - t0
        return out
    finally:
        ws.close()
