"""Fixtures of the reliability suite: kernels started directly from the built binary."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rkernel import KernelProcess  # noqa: E402


@pytest.fixture()
def kernel(tmp_path):
    """A kernel of its own (history, connection file and stderr in tmp_path), ended afterwards."""
    k = KernelProcess(tmp_path / "kernel")
    yield k
    k.stop()


@pytest.fixture()
def client(kernel):
    c = kernel.client()
    yield c
    c.close()
