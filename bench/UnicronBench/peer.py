"""Peer of UnicronBench: the same knapsack DP as Unicron's planner, in Python (numpy for the inner max).

Reads {"n": GPUs, "gains": [[[k, G(t_i, k)], ...] per task]} and prints "<median ms> <objective>".
"""
import json, sys, time
import numpy as np

def plan(n, gains):
    prev = np.zeros(n + 1)
    for cand in gains:
        cur = np.full(n + 1, -np.inf)
        for k, g in cand:
            k = int(k)
            if k > n:
                continue
            shifted = np.full(n + 1, -np.inf)
            shifted[k:] = prev[: n + 1 - k] + g
            np.maximum(cur, shifted, out=cur)
        prev = cur
    return prev[n]

data = json.load(open(sys.argv[1]))
times = []
for _ in range(20):
    t = time.perf_counter()
    obj = plan(data["n"], data["gains"])
    times.append((time.perf_counter() - t) * 1e3)
times.sort()
print(f"{times[len(times) // 2]} {obj}")
