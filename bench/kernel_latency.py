#!/usr/bin/env python3
"""Kernel latency: our Swift kernel beside ipykernel and xeus-python, one driver for all.

Measures, with the same jupyter_client code path for every kernel:

  start    process spawn -> first kernel_info_reply on shell, median of --starts runs
           (starts are interleaved across kernels, in a rotating order, so that load
           from concurrent work on the machine hits every kernel alike);
  execute  execute_request sent -> status idle (same parent) received on iopub,
           p50/p90/p99 over --executes requests of a trivial cell (`1 + 1`, valid
           Swift and valid Python), after --warmup unmeasured requests; requests
           run in chunks of 50, round-robin over kernels that are all running.

Kernelspecs are written to a private temporary JUPYTER_PATH (nothing global is read
or changed): ipykernel and xeus-python run from this interpreter's environment;
xeus-python "raw" mode is the same launcher with `--raw` (what its installed
`xpython-raw` kernelspec does); ours is `<binary> run --connection-file FILE`.
IPython history and our history file (SWIFT_RESEARCH_HISTORY) go to the temp dir.

Usage (the peers venv has jupyter_client, ipykernel, xeus-python):
  ~/peers-venv/bin/python bench/kernel_latency.py \
      [--swift .build/release/swift-research-kernel] [--kernels ipykernel,xpython,xpython-raw,swift] \
      [--starts 10] [--executes 500] [--json bench/results/kernel_latency.json]

Prints a markdown table (ratios against xeus-python raw) and the bar our kernel must
meet: start <= 0.5 x xeus-python raw, p50 <= xeus-python raw.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path
from queue import Empty

import zmq
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

DEFAULT_SWIFT = "/work/main/.build/release/swift-research-kernel"
ALL_KERNELS = ("ipykernel", "xpython", "xpython-raw", "swift")
LABELS = {
    "ipykernel": "ipykernel",
    "xpython": "xeus-python",
    "xpython-raw": "xeus-python raw",
    "swift": "swift-research (ours)",
}
REFERENCE = "xpython-raw"
CHUNK = 50


# MARK: - Kernelspecs in a private JUPYTER_PATH

def kernelspec(name: str, python: str, swift: str) -> dict:
    """The kernel.json for one benchmarked kernel."""
    if name == "ipykernel":
        return {"argv": [python, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "ipykernel (bench)", "language": "python"}
    if name == "xpython":
        return {"argv": [python, "-m", "xpython_launcher", "-f", "{connection_file}"],
                "display_name": "xeus-python (bench)", "language": "python"}
    if name == "xpython-raw":
        return {"argv": [python, "-m", "xpython_launcher", "-f", "{connection_file}", "--raw"],
                "display_name": "xeus-python raw (bench)", "language": "python"}
    if name == "swift":
        return {"argv": [swift, "run", "--connection-file", "{connection_file}"],
                "display_name": "Swift (research, bench)", "language": "swift",
                "interrupt_mode": "message"}
    raise ValueError(f"unknown kernel {name!r}; choose from {', '.join(ALL_KERNELS)}")


def write_kernelspecs(root: Path, names: list[str], python: str, swift: str) -> Path:
    """Writes one kernelspec directory per kernel under root/share/jupyter/kernels."""
    kernels = root / "share" / "jupyter" / "kernels"
    for name in names:
        d = kernels / f"bench-{name}"
        d.mkdir(parents=True, exist_ok=True)
        (d / "kernel.json").write_text(json.dumps(kernelspec(name, python, swift), indent=1))
    return kernels


def isolate_environment(root: Path) -> None:
    """Points every Jupyter/IPython path and our history file into the temp dir."""
    for var, sub in (("JUPYTER_PATH", "share/jupyter"), ("JUPYTER_CONFIG_DIR", "config"),
                     ("JUPYTER_DATA_DIR", "data"), ("JUPYTER_RUNTIME_DIR", "runtime"),
                     ("IPYTHONDIR", "ipython"), ("MPLCONFIGDIR", "mpl")):
        (root / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(root / sub)
    os.environ["SWIFT_RESEARCH_HISTORY"] = str(root / "swift-history.sqlite")
    os.environ["JUPYTER_PLATFORM_DIRS"] = "1"


# MARK: - Driver

class TimedKernelManager(KernelManager):
    """A KernelManager that records the moment it spawns the kernel process."""

    spawned_at: float | None = None

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        self.spawned_at = time.perf_counter()
        await super()._async_launch_kernel(kernel_cmd, **kw)


class Bench:
    """Starts kernels through jupyter_client and times their answers."""

    def __init__(self, kernels_dir: Path, logs: Path, timeout: float):
        self.ksm = KernelSpecManager(kernel_dirs=[str(kernels_dir)])
        self.logs = logs
        self.timeout = timeout
        # One context for managers and clients; connect retries every millisecond so that
        # the time a kernel takes to bind its ports is not rounded up to ZeroMQ's default
        # 100 ms reconnect interval.
        self.context = zmq.Context()
        self.context.setsockopt(zmq.RECONNECT_IVL, 1)
        self.context.setsockopt(zmq.LINGER, 0)

    def start(self, name: str) -> tuple[KernelManager, object, float, float]:
        """Starts one kernel; returns manager, client, ms from spawn and from start_kernel()."""
        # cache_ports=False: the ports of the connection file written below are the ones
        # the kernel gets (the local provisioner would otherwise pick new ones at launch).
        km = TimedKernelManager(kernel_name=f"bench-{name}", kernel_spec_manager=self.ksm,
                                context=self.context, cache_ports=False)
        log = open(self.logs / f"{name}.log", "ab")
        # A DEALER socket connects and queues the kernel_info_request *before* the kernel is
        # spawned (the connection file is written first, and start_kernel keeps its ports);
        # polling it releases the GIL, so the reply is seen when it arrives even while
        # start_kernel() is still busy in Python. The time measured is the kernel's own start.
        km.write_connection_file()
        probe = self.context.socket(zmq.DEALER)
        probe.connect(f"tcp://{km.ip}:{km.shell_port}")
        km.session.send(probe, "kernel_info_request", {})
        called = time.perf_counter()
        deadline = called + self.timeout
        arrived: list[float] = []

        def wait_for_reply() -> None:
            resend = time.perf_counter() + 2.0
            while time.perf_counter() < deadline and not arrived:
                if probe.poll(10):
                    arrived.append(time.perf_counter())
                    return
                if time.perf_counter() > resend:  # a kernel may drop requests sent before it listens
                    km.session.send(probe, "kernel_info_request", {})
                    resend = time.perf_counter() + 2.0

        waiter = threading.Thread(target=wait_for_reply, daemon=True)
        waiter.start()
        km.start_kernel(stdout=log, stderr=log)
        while waiter.is_alive() and km.is_alive():
            waiter.join(timeout=0.05)
        probe.close(linger=0)
        kc = km.client()
        kc.start_channels(shell=True, iopub=True, stdin=False, hb=False, control=False)
        if not arrived:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
            raise RuntimeError(f"{name}: no kernel_info_reply within {self.timeout:.0f} s "
                               f"(alive: {km.is_alive()}); see {self.logs / (name + '.log')}")
        done = arrived[0]
        spawned = km.spawned_at or called
        return km, kc, (done - spawned) * 1e3, (done - called) * 1e3

    def ensure_iopub(self, name: str, kc) -> None:
        """Nudges with kernel_info until iopub brings a status for it.

        A SUB socket's subscription travels to the kernel asynchronously; until it has
        arrived the kernel's iopub messages are dropped, so an execute sent right after
        the first kernel_info_reply might never see its idle status.
        """
        deadline = time.perf_counter() + self.timeout
        while time.perf_counter() < deadline:
            msg_id = kc.kernel_info()
            kc.get_shell_msg(timeout=self.timeout)
            end = time.perf_counter() + 0.2
            while time.perf_counter() < end:
                try:
                    msg = kc.get_iopub_msg(timeout=0.05)
                except Empty:
                    continue
                if (msg.get("parent_header") or {}).get("msg_id") == msg_id \
                        and msg["msg_type"] == "status" \
                        and msg["content"]["execution_state"] == "idle":
                    return
        raise RuntimeError(f"{name}: iopub brought no status within {self.timeout:.0f} s")

    @staticmethod
    def stop(km: KernelManager, kc) -> None:
        kc.stop_channels()
        try:
            km.shutdown_kernel(now=False)
        except Exception:
            km.shutdown_kernel(now=True)

    def execute(self, kc, code: str) -> tuple[float, dict]:
        """One execute round trip: ms from send to iopub idle; returns it and the reply."""
        t0 = time.perf_counter()
        msg_id = kc.execute(code)
        deadline = t0 + self.timeout
        t_idle = None
        result = None
        seen = []
        while t_idle is None:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise RuntimeError(f"no status idle within {self.timeout:.0f} s for {code!r}; "
                                   f"iopub brought {seen}")
            try:
                msg = kc.get_iopub_msg(timeout=remaining)
            except Empty:
                continue
            seen.append(msg["msg_type"])
            if (msg.get("parent_header") or {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "execute_result":
                result = msg["content"]["data"].get("text/plain")
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                t_idle = time.perf_counter()
        while True:
            reply = kc.get_shell_msg(timeout=self.timeout)
            if (reply.get("parent_header") or {}).get("msg_id") == msg_id:
                break
        return (t_idle - t0) * 1e3, {"status": reply["content"]["status"], "result": result}


# MARK: - Statistics and report

def percentile(xs: list[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default), q in [0, 100]."""
    s = sorted(xs)
    if not s:
        return float("nan")
    pos = (len(s) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def fmt(x: float | None, digits: int = 2) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def ratio(x: float | None, ref: float | None) -> str:
    return "—" if x is None or not ref else f"{x / ref:.2f}×"


def report(rows: dict, names: list[str]) -> str:
    ref = rows.get(REFERENCE, {})
    lines = [
        "| kernel | start ms (median) | p50 ms | p90 ms | p99 ms | start vs xeus raw "
        "| p50 vs xeus raw | p90 vs xeus raw | p99 vs xeus raw |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n in names:
        r = rows.get(n, {})
        note = f" ({r['note']})" if r.get("note") else ""
        cells = [LABELS[n] + note, fmt(r.get("start_ms"), 1), fmt(r.get("p50_ms"), 3),
                 fmt(r.get("p90_ms"), 3), fmt(r.get("p99_ms"), 3)]
        for key in ("start_ms", "p50_ms", "p90_ms", "p99_ms"):
            cells.append(ratio(r.get(key), ref.get(key)))
        lines.append("| " + " | ".join(cells) + " |")
    ours = rows.get("swift")
    if ours and ref and ours.get("start_ms") is not None and ours.get("p50_ms") is not None:
        start_ok = ours["start_ms"] <= 0.5 * ref["start_ms"]
        p50_ok = ours["p50_ms"] <= ref["p50_ms"]
        lines += [
            "",
            f"Bar: start {ours['start_ms']:.1f} ms <= 0.5 × xeus-python raw "
            f"({0.5 * ref['start_ms']:.1f} ms): {'PASS' if start_ok else 'FAIL'}; "
            f"p50 {ours['p50_ms']:.3f} ms <= xeus-python raw ({ref['p50_ms']:.3f} ms): "
            f"{'PASS' if p50_ok else 'FAIL'}",
        ]
    return "\n".join(lines)


def versions() -> dict:
    out = {"python": platform.python_version(), "machine": platform.machine(),
           "cpus": os.cpu_count()}
    for pkg in ("jupyter_client", "pyzmq", "ipykernel", "xeus-python"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = None
    return out


# MARK: - Main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--swift", default=DEFAULT_SWIFT, help="path of swift-research-kernel")
    ap.add_argument("--kernels", default=",".join(ALL_KERNELS),
                    help=f"comma-separated subset of {','.join(ALL_KERNELS)}")
    ap.add_argument("--starts", type=int, default=10, help="kernel starts per kernel")
    ap.add_argument("--executes", type=int, default=500, help="measured execute requests per kernel")
    ap.add_argument("--warmup", type=int, default=20, help="unmeasured execute requests first")
    ap.add_argument("--code", default="1 + 1", help="the cell (must be valid Swift and Python)")
    ap.add_argument("--expect", default="2", help="text/plain result the cell must produce")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before a kernel is given up")
    ap.add_argument("--python", default=sys.executable, help="interpreter that runs the Python peers")
    ap.add_argument("--json", help="also write results (with raw samples) to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (kernel logs)")
    args = ap.parse_args(argv)

    names = [n.strip() for n in args.kernels.split(",") if n.strip()]
    for n in names:
        if n not in ALL_KERNELS:
            ap.error(f"unknown kernel {n!r}; choose from {', '.join(ALL_KERNELS)}")
    swift = str(Path(args.swift).resolve())
    if "swift" in names and not os.access(swift, os.X_OK):
        ap.error(f"no executable at {swift}; build it (swift build -c release) or pass --swift, "
                 f"or leave 'swift' out of --kernels")

    root = Path(tempfile.mkdtemp(prefix="kernel-latency-"))
    isolate_environment(root)
    logs = root / "logs"
    logs.mkdir()
    bench = Bench(write_kernelspecs(root, names, args.python, swift), logs, args.timeout)
    rows: dict[str, dict] = {n: {"start_samples_ms": [], "start_from_call_ms": [],
                                 "execute_samples_ms": []} for n in names}
    load_before = os.getloadavg()
    print(f"# kernel latency — {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, "
          f"load average {load_before[0]:.2f} on {os.cpu_count()} CPUs", file=sys.stderr)

    live: dict[str, tuple] = {}
    try:
        # (a) start: interleaved, rotating order.
        failed: set[str] = set()
        for rep in range(args.starts):
            order = names[rep % len(names):] + names[:rep % len(names)]
            for n in order:
                if n in failed:
                    continue
                try:
                    km, kc, ms, from_call = bench.start(n)
                except RuntimeError as e:
                    print(f"  {e}", file=sys.stderr)
                    failed.add(n)
                    rows[n]["note"] = "did not start"
                    continue
                live[n] = (km, kc)
                bench.stop(km, kc)
                del live[n]
                rows[n]["start_samples_ms"].append(ms)
                rows[n]["start_from_call_ms"].append(from_call)
                time.sleep(0.1)
            print(f"  start round {rep + 1}/{args.starts} done", file=sys.stderr)

        # (b) execute: all kernels up at once, chunks round-robin.
        for n in names:
            if n in failed:
                continue
            km, kc, _, _ = bench.start(n)
            live[n] = (km, kc)
            bench.ensure_iopub(n, kc)
            bad = 0
            for _ in range(args.warmup):
                _, info = bench.execute(kc, args.code)
                bad += info["status"] != "ok" or info["result"] != args.expect
            if bad:
                rows[n]["note"] = f"cell failed or gave another result in {bad}/{args.warmup} warm-ups"
        done = {n: 0 for n in live}
        while any(done[n] < args.executes for n in live):
            for n, (km, kc) in live.items():
                for _ in range(min(CHUNK, args.executes - done[n])):
                    ms, info = bench.execute(kc, args.code)
                    rows[n]["execute_samples_ms"].append(ms)
                    done[n] += 1
            print(f"  executes {min(done.values())}/{args.executes}", file=sys.stderr)
    finally:
        for km, kc in live.values():  # also after an error: never leave a kernel running
            try:
                bench.stop(km, kc)
            except Exception as e:
                print(f"  could not stop a kernel: {e}", file=sys.stderr)
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
        else:
            print(f"  kept {root}", file=sys.stderr)

    for n in names:
        r = rows[n]
        if r["start_samples_ms"]:
            r["start_ms"] = statistics.median(r["start_samples_ms"])
        if r["execute_samples_ms"]:
            xs = r["execute_samples_ms"]
            r["p50_ms"], r["p90_ms"], r["p99_ms"] = (percentile(xs, q) for q in (50, 90, 99))

    table = report(rows, names)
    print(table)
    if args.json:
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({
            "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "load_average_before": load_before, "versions": versions(),
            "code": args.code, "starts": args.starts, "executes": args.executes,
            "warmup": args.warmup, "swift_binary": swift if "swift" in names else None,
            "reference": REFERENCE, "kernels": rows, "table_markdown": table,
        }, indent=1))
        print(f"\nwrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
