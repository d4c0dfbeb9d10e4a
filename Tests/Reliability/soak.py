"""Load and soak: executes back to back on one kernel, then several clients at once.

Phase 1 sends `--executes` execute requests one after another from one client
(`soakCounter += 1; soakCounter`, each answer checked). Phase 2 runs `--clients` clients
concurrently on the same kernel, each sending `--per-client` executes of its own counter.
Latency is request sent → reply and status idle received. Resident memory (VmRSS) is read
before, between and after the phases; the bar is growth under 20 MB.

    .venv/bin/python Tests/Reliability/soak.py --executes 100000 --clients 8 --per-client 5000
    .venv/bin/python Tests/Reliability/soak.py --binary .build/release/swift-research-kernel ...

prints a Markdown table; exits non-zero when an answer is wrong or memory grew past the bar.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import zmq

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rkernel import Client, KernelProcess, result_text  # noqa: E402

GROWTH_BAR_MB = 20.0


@dataclass
class Phase:
    name: str
    requests: int
    seconds: float
    latencies: list[float]
    rss_start_kb: int
    rss_end_kb: int
    errors: int

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000 if xs else float("nan")

    def row(self) -> str:
        growth = (self.rss_end_kb - self.rss_start_kb) / 1024
        return (f"| {self.name} | {self.requests:,} | {self.seconds:.1f} | {self.throughput:,.0f} | "
                f"{self.pct(0.5):.2f} | {self.pct(0.99):.2f} | {self.rss_start_kb / 1024:.1f} | "
                f"{self.rss_end_kb / 1024:.1f} | {growth:+.1f} | {self.errors} |")


HEADER = ("| phase | executes | seconds | executes/s | p50 ms | p99 ms | RSS start MB | RSS end MB | growth MB | wrong answers |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def run_counter(client: Client, var: str, n: int, latencies: list[float], log=None) -> int:
    """Executes `var += 1; var` n times; returns how many answers were wrong."""
    reply, _ = client.execute(f"var {var} = 0")
    assert reply["content"]["status"] == "ok", reply["content"]
    errors = 0
    next_log = time.monotonic() + 15
    for i in range(1, n + 1):
        t0 = time.perf_counter()
        reply, io = client.execute(f"{var} += 1\n{var}")
        latencies.append(time.perf_counter() - t0)
        if reply["content"]["status"] != "ok" or result_text(io) != str(i):
            errors += 1
        if log and time.monotonic() > next_log:
            log(f"  {var}: {i:,}/{n:,}, RSS {client.kernel.rss_kb() / 1024:.1f} MB")
            next_log = time.monotonic() + 15
    return errors


def soak(kernel: KernelProcess, executes: int, clients: int, per_client: int, log=print) -> list[Phase]:
    phases = []
    ctx = zmq.Context()
    main = Client(kernel, context=ctx)
    # Warm up (first cells compile library bindings lazily), then measure from here.
    for _ in range(200):
        main.execute("1 + 1")
    if executes:
        lat: list[float] = []
        r0 = kernel.rss_kb()
        t0 = time.perf_counter()
        errors = run_counter(main, "soakCounter", executes, lat, log)
        phases.append(Phase("back to back, 1 client", executes, time.perf_counter() - t0, lat, r0,
                            kernel.rss_kb(), errors))
    if clients:
        lats: list[list[float]] = [[] for _ in range(clients)]
        errs = [0] * clients
        cs = [Client(kernel, context=ctx) for _ in range(clients)]
        r0 = kernel.rss_kb()

        def work(i: int) -> None:
            try:
                errs[i] = run_counter(cs[i], f"client{i}Counter", per_client, lats[i], log if i == 0 else None)
            except Exception as e:  # noqa: BLE001 — reported as wrong answers
                log(f"client {i}: {e}")
                errs[i] = per_client
        threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        phases.append(Phase(f"{clients} concurrent clients", clients * per_client, elapsed,
                            [x for l in lats for x in l], r0, kernel.rss_kb(), sum(errs)))
        for c in cs:
            c.close()
    main.close()
    ctx.term()
    return phases


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--executes", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--per-client", type=int, default=5_000)
    ap.add_argument("--binary", help="kernel executable (default: $KERNEL_BINARY or .build/debug)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        kernel = KernelProcess(Path(tmp), binary=args.binary)
        try:
            rss0 = None
            Client(kernel, wait_ready=True).close()
            rss0 = kernel.rss_kb()
            phases = soak(kernel, args.executes, args.clients, args.per_client)
            rss1 = kernel.rss_kb()
            alive = kernel.alive
        finally:
            kernel.stop()
    growth = (rss1 - rss0) / 1024
    print(f"kernel: {kernel.binary}; {time.strftime('%Y-%m-%d')}")
    print(HEADER)
    for p in phases:
        print(p.row())
    print(f"\nRSS after start {rss0 / 1024:.1f} MB, at the end {rss1 / 1024:.1f} MB: growth {growth:+.1f} MB "
          f"(bar < {GROWTH_BAR_MB:.0f} MB: {'PASS' if growth < GROWTH_BAR_MB else 'FAIL'})")
    if args.json:
        print(json.dumps([{**p.__dict__, "latencies": None, "p50_ms": p.pct(0.5), "p99_ms": p.pct(0.99),
                           "throughput": p.throughput} for p in phases]))
    bad = sum(p.errors for p in phases)
    return 0 if alive and bad == 0 and growth < GROWTH_BAR_MB else 1


if __name__ == "__main__":
    sys.exit(main())
