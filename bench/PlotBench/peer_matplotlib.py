#!/usr/bin/env python3
"""matplotlib (Agg) peer of PlotBench: draws the same figures from the same data and times them.

Usage: python peer_matplotlib.py DATA.json ITERATIONS
Prints one JSON object: import_ms, versions, and per-figure mean milliseconds.
"""
import json
import sys
import time

t0 = time.perf_counter()
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import io
import_ms = (time.perf_counter() - t0) * 1000

data = json.load(open(sys.argv[1]))
iterations = int(sys.argv[2])
steps = np.array(data["steps"]); train = np.array(data["train"]); val = np.array(data["val"])
acc = np.array(data["accuracy"]); hist = np.array(data["histogram"]); heat = np.array(data["heat"])


def line():
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=100)
    ax.plot(steps, train, label="train")
    ax.plot(steps, val, label="validation")
    ax.set_title("Training loss"); ax.set_xlabel("step"); ax.set_ylabel("loss")
    ax.grid(True); ax.legend()
    return fig


def subplots():
    fig, axs = plt.subplots(2, 2, figsize=(8, 6), dpi=100, layout="constrained")
    axs[0, 0].plot(steps, train, label="train"); axs[0, 0].plot(steps, val, label="val")
    axs[0, 0].legend(); axs[0, 0].set_title("Loss")
    axs[0, 1].plot(steps, acc, label="accuracy"); axs[0, 1].legend(); axs[0, 1].set_title("Accuracy")
    axs[1, 0].bar(["fp32", "fp16", "int8", "int4"], [4.0, 2.0, 1.0, 0.5]); axs[1, 0].set_title("KV cache (GB)")
    axs[1, 1].hist(hist, bins=30); axs[1, 1].set_title("Gradient norm")
    return fig


def heatmap():
    fig, ax = plt.subplots(figsize=(6.4, 5.6), dpi=100)
    im = ax.imshow(heat, cmap="RdBu_r", vmin=-1, vmax=1, interpolation="nearest")
    fig.colorbar(im, ax=ax)
    ax.set_title("Attention error")
    return fig


def render(make):
    fig = make()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return len(buf.getvalue())


results = {}
for name, make in [("line", line), ("subplots", subplots), ("heatmap", heatmap)]:
    size = render(make)  # warm-up (font cache, first draw)
    t = time.perf_counter()
    for _ in range(iterations):
        render(make)
    results[name] = {"ms": (time.perf_counter() - t) * 1000 / iterations, "bytes": size}

print(json.dumps({"import_ms": import_ms, "matplotlib": matplotlib.__version__, "numpy": np.__version__,
                  "figures": results}))
