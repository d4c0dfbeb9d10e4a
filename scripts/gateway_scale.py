"""Teaching at scale: N concurrent kernels under jupyter_kernel_gateway on this machine.

Starts the gateway on loopback, launches N kernels at once through its REST API (one thread
each), runs one cell in each over the WebSocket, then reports start times and memory per
kernel (RSS, and PSS: resident memory with shared pages divided among the processes that
share them), and shuts every kernel down.

    .venv/bin/python scripts/gateway_scale.py [--kernels 20] [--cell "CODE"]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Tests" / "Notebooks"))
from gateway_client import launch, run_cell, shutdown  # noqa: E402
from jupyter_servers import start_gateway  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kernels", type=int, default=20)
    ap.add_argument("--cell", default="let t = Tensor.randn([64, 64], seed: 1)\n(t.matmul(t.T)).sum().item() > 0")
    args = ap.parse_args()
    n = args.kernels
    with tempfile.TemporaryDirectory(prefix="gateway-") as tmp:
        server = start_gateway(Path(tmp) / "gateway.log", max_kernels=n + 5)
        ids: list[str | None] = [None] * n
        launch_s = [0.0] * n
        first_s = [0.0] * n
        outcomes: list[dict | None] = [None] * n

        def one(i: int) -> None:
            t0 = time.monotonic()
            ids[i] = launch(server)
            launch_s[i] = time.monotonic() - t0
            outcomes[i] = run_cell(server, ids[i], args.cell)
            first_s[i] = time.monotonic() - t0

        try:
            t0 = time.monotonic()
            threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.monotonic() - t0
            time.sleep(1)
            kernels = [p for p in psutil.Process(server.proc.pid).children(recursive=True)
                       if "swift-research-kernel" in " ".join(p.cmdline())]
            rss = [p.memory_info().rss / 2**20 for p in kernels]
            pss = [p.memory_full_info().pss / 2**20 for p in kernels]
            ok = sum(1 for o in outcomes if o and o["reply"] and o["reply"]["status"] == "ok" and o["results"] == ["true"])
        finally:
            for kid in ids:
                if kid:
                    try:
                        shutdown(server, kid)
                    except OSError:
                        pass
            server.stop()
    mem = psutil.virtual_memory()
    print(f"{n} concurrent kernels under jupyter_kernel_gateway, {time.strftime('%Y-%m-%d')}, "
          f"{psutil.cpu_count()} cores, load average {psutil.getloadavg()[0]:.1f}")
    print("| measure | median | max |\n|---|---:|---:|")
    print(f"| POST /api/kernels → kernel started (s) | {statistics.median(launch_s):.2f} | {max(launch_s):.2f} |")
    print(f"| POST → first cell's reply over the WebSocket (s) | {statistics.median(first_s):.2f} | {max(first_s):.2f} |")
    print(f"| resident memory per kernel, RSS (MB) | {statistics.median(rss):.1f} | {max(rss):.1f} |")
    print(f"| resident memory per kernel, PSS (MB) | {statistics.median(pss):.1f} | {max(pss):.1f} |")
    print(f"\nall {n} started and answered in {wall:.1f} s; {ok}/{n} cells answered correctly; "
          f"{len(kernels)} kernel processes measured; total PSS {sum(pss):.0f} MB of {mem.total / 2**30:.0f} GiB")
    return 0 if ok == n and len(kernels) == n else 1


if __name__ == "__main__":
    sys.exit(main())
