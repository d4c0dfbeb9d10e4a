#!/usr/bin/env python3
"""Records the expected output of every Swift program of the fidelity corpus from the real swiftc.

For each `NAME.swift` under the given folders (default: Tests/Fidelity/corpus and
Tests/Fidelity/holdout), compiles it with the toolchain's swiftc (`-module-name main`, as
the kernel names its cells' module) and runs it twice with unbuffered stdout (`stdbuf -o0`,
so what a program printed before a trap is kept, as a terminal shows it). Writes:

  NAME.expected   the program's stdout, byte for byte;
  NAME.trap       only when the program stopped with a runtime error: the
                  "Fatal error: ..." message swift printed on stderr.

A program whose two runs differ (unordered Dictionary/Set printing, randomness) is refused:
its expected output could not be recorded, so it does not belong in the corpus.

Usage: python3 Tests/Fidelity/record.py [--force] [PATH ...]
  --force   record again even when NAME.expected is newer than NAME.swift
"""
import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DIRS = [HERE / "corpus", HERE / "holdout"]
ENV = dict(os.environ, SWIFT_BACKTRACE="enable=no")


def programs(paths):
    for p in paths:
        p = Path(p)
        if p.is_file() and p.suffix == ".swift":
            yield p
        elif p.is_dir():
            yield from sorted(p.rglob("*.swift"))


def run_once(binary):
    r = subprocess.run(["stdbuf", "-o0", str(binary)], capture_output=True, timeout=20, env=ENV, stdin=subprocess.DEVNULL)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def fatal_message(stderr):
    for line in stderr.splitlines():
        if "Fatal error" in line:
            return line[line.index("Fatal error"):].strip()
    return stderr.strip().splitlines()[0] if stderr.strip() else "crashed"


def record(src, workdir):
    binary = Path(workdir) / "prog"
    c = subprocess.run(["swiftc", "-module-name", "main", "-Onone", str(src), "-o", str(binary), "-lm"],
                       capture_output=True, text=True)
    if c.returncode != 0:
        return f"does not compile:\n{c.stderr.strip()}"
    first = run_once(binary)
    second = run_once(binary)
    if first[:2] != second[:2]:
        return "not deterministic: two runs printed different output"
    code, out, err = first
    src.with_suffix(".expected").write_bytes(out)
    trap = src.with_suffix(".trap")
    if code != 0:
        trap.write_text(fatal_message(err) + "\n")
    elif trap.exists():
        trap.unlink()
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--force", action="store_true")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    failures, recorded, skipped = [], 0, 0
    with tempfile.TemporaryDirectory() as work:
        for src in programs(args.paths or DEFAULT_DIRS):
            exp = src.with_suffix(".expected")
            if not args.force and exp.exists() and exp.stat().st_mtime >= src.stat().st_mtime:
                skipped += 1
                continue
            problem = record(src, work)
            if problem:
                failures.append((src, problem))
                print(f"FAIL {src}: {problem}", file=sys.stderr)
            else:
                recorded += 1
    print(f"{recorded} recorded, {skipped} up to date, {len(failures)} refused")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
