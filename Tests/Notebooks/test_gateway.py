"""The kernel under jupyter_kernel_gateway: launched through its REST API, a cell run over the
WebSocket. (Twenty concurrent kernels: scripts/gateway_scale.py.)"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("kernel_gateway")
from gateway_client import launch, rest, run_cell, shutdown  # noqa: E402
from jupyter_servers import start_gateway  # noqa: E402

OUT = Path(os.environ.get("TEST_OUTPUT", Path(__file__).resolve().parent.parent.parent / ".build" / "test-output"))


@pytest.fixture(scope="module")
def gateway():
    server = start_gateway(OUT / "gateway" / "gateway.log")
    yield server
    server.stop()


def test_gateway_lists_our_kernelspec(gateway):
    specs = rest(gateway, "GET", "/api/kernelspecs")["kernelspecs"]
    assert "swift-research" in specs
    assert specs["swift-research"]["spec"]["language"] == "swift"


def test_launch_run_a_cell_over_the_websocket_and_shut_down(gateway):
    kid = launch(gateway)
    try:
        out = run_cell(gateway, kid, "let xs = [1, 2, 3]\nprint(\"sum\", xs.reduce(0, +))\nxs.map { $0 * $0 }")
        assert out["reply"]["status"] == "ok", out
        assert out["streams"] == "sum 6\n"
        assert out["results"] == ["[1, 4, 9]"]
        # State persists between WebSocket connections to the same kernel.
        again = run_cell(gateway, kid, "xs.count")
        assert again["results"] == ["3"]
        err = run_cell(gateway, kid, "xs[7]")
        assert err["reply"]["status"] == "error" and err["errors"][0]["ename"] == "IndexOutOfRange"
    finally:
        shutdown(gateway, kid)
    assert kid not in [k["id"] for k in rest(gateway, "GET", "/api/kernels")]
