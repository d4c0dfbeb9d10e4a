"""Inputs that once crashed or hung the kernel (Tests/Fuzz/regressions) replay cleanly, in the
fuzz harness and through the real kernel."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from rkernel import ROOT, kernel_binary

REGRESSIONS = sorted((ROOT / "Tests" / "Fuzz" / "regressions").glob("*.swift"))


def test_regressions_replay_in_the_fuzz_harness():
    fuzz = Path(kernel_binary()).with_name("KernelFuzz")
    if not fuzz.exists():
        pytest.skip(f"{fuzz} not built (swift build --product KernelFuzz)")
    out = subprocess.run([str(fuzz), "--replay", *map(str, REGRESSIONS)], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "earlier variables intact" in out.stdout


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.name)
def test_regression_through_the_kernel(kernel, client, path: Path):
    client.execute("let regressionKeep = 3")
    reply, _ = client.execute(path.read_text(), timeout=20)
    assert reply["content"]["status"] in ("ok", "error")
    reply, io = client.execute("regressionKeep")
    assert any(m["msg_type"] == "execute_result" and m["content"]["data"]["text/plain"] == "3" for m in io)
