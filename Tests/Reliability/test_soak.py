"""Load: executes back to back and concurrent clients on one kernel (CI budget; the full run
is `python Tests/Reliability/soak.py --executes 100000 --clients 8 --per-client 5000`)."""
from __future__ import annotations

import os

from rkernel import KernelProcess
from soak import GROWTH_BAR_MB, HEADER, soak

EXECUTES = int(os.environ.get("SOAK_EXECUTES", "2000"))
PER_CLIENT = int(os.environ.get("SOAK_PER_CLIENT", "150"))


def test_back_to_back_and_concurrent_clients(kernel: KernelProcess, client):
    rss0 = kernel.rss_kb()
    phases = soak(kernel, EXECUTES, 8, PER_CLIENT, log=lambda s: None)
    growth = (kernel.rss_kb() - rss0) / 1024
    print("\n" + HEADER + "\n" + "\n".join(p.row() for p in phases) + f"\ngrowth {growth:+.1f} MB")
    assert [p.errors for p in phases] == [0, 0]
    assert [p.requests for p in phases] == [EXECUTES, 8 * PER_CLIENT]
    assert growth < GROWTH_BAR_MB
    assert kernel.alive
