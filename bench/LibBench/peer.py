"""PyTorch side of LibBench: the same four workloads, timed the same way (best of N).

Run by the Swift LibBench executable; prints "version X" then "key milliseconds" lines.
"""
import argparse
import os
import time
import warnings

parser = argparse.ArgumentParser()
parser.add_argument("--data", required=True)
parser.add_argument("--threads", type=int, default=2)
parser.add_argument("--repeat-scale", type=int, default=1)
parser.add_argument("--only", default=None)
args = parser.parse_args()
warnings.filterwarnings("ignore")
os.environ["OMP_NUM_THREADS"] = str(args.threads)

import numpy as np  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(args.threads)
torch.manual_seed(0)
print("version", torch.__version__)


def measure(body, repeats, warmup=3):
    """Best wall time in milliseconds of `repeats` runs after `warmup` runs."""
    for _ in range(warmup):
        body()
    times = []
    for _ in range(repeats * args.repeat_scale):
        start = time.perf_counter_ns()
        body()
        times.append((time.perf_counter_ns() - start) / 1e6)
    return min(times)


def matmul():
    a = torch.randn(1024, 1024)
    b = torch.randn(1024, 1024)
    return measure(lambda: a @ b, 20)


def gcn_norm(edge_index, n):
    """D^-1/2 (A + I) D^-1/2 as a sparse CSR tensor, rows = targets (PyG gcn_norm)."""
    src = np.concatenate([edge_index[0], np.arange(n)])
    dst = np.concatenate([edge_index[1], np.arange(n)])
    deg = np.bincount(dst, minlength=n).astype(np.float64)
    dinv = 1 / np.sqrt(np.maximum(deg, 1))
    vals = (dinv[dst] * dinv[src]).astype(np.float32)
    coo = torch.sparse_coo_tensor(torch.tensor(np.stack([dst, src])), torch.tensor(vals), (n, n)).coalesce()
    return coo.to_sparse_csr()


def gcn():
    cora = np.load(os.path.join(args.data, "cora.npz"))
    x = torch.tensor(cora["x"])
    y = torch.tensor(cora["y"])
    train = torch.tensor(np.nonzero(cora["train_mask"])[0])
    adj = gcn_norm(cora["edge_index"], x.shape[0])
    w1 = torch.nn.Parameter(torch.randn(x.shape[1], 16) * 0.05)
    b1 = torch.nn.Parameter(torch.zeros(16))
    w2 = torch.nn.Parameter(torch.randn(16, 7) * 0.5)
    b2 = torch.nn.Parameter(torch.zeros(7))

    def step():
        for p in (w1, b1, w2, b2):
            p.grad = None
        h = torch.relu(torch.sparse.mm(adj, x @ w1) + b1)
        out = torch.sparse.mm(adj, h @ w2) + b2
        torch.nn.functional.cross_entropy(out[train], y[train]).backward()

    return measure(step, 30)


def gin():
    """One GIN layer on 128 ZINC graphs with PyG-style gather / scatter-add aggregation."""
    zinc = np.load(os.path.join(args.data, "zinc_like.npz"))
    node_ptr, edge_ptr = zinc["node_ptr"], zinc["edge_ptr"]
    g = 128
    nodes, edges = int(node_ptr[g]), int(edge_ptr[g])
    offsets = np.repeat(node_ptr[:g], np.diff(edge_ptr[: g + 1]))
    src = torch.tensor(zinc["edge_index"][0, :edges] + offsets)
    dst = torch.tensor(zinc["edge_index"][1, :edges] + offsets)
    batch = torch.tensor(np.repeat(np.arange(g), np.diff(node_ptr[: g + 1])))
    x = torch.tensor(zinc["x"][:nodes])
    mlp = torch.nn.Sequential(torch.nn.Linear(28, 64), torch.nn.ReLU(), torch.nn.Linear(64, 64))
    eps = 0.0

    def step():
        mlp.zero_grad(set_to_none=True)
        agg = torch.zeros_like(x).index_add_(0, dst, x.index_select(0, src))
        h = torch.relu(mlp((1 + eps) * x + agg))
        torch.zeros(g, 64).index_add_(0, batch, h).mean().backward()

    return measure(step, 50)


def adam():
    p = torch.nn.Parameter(torch.randn(1_000_000))
    p.grad = torch.randn(1_000_000)
    opt = torch.optim.Adam([p], lr=1e-3)
    return measure(opt.step, 50)


for key, fn in [("matmul", matmul), ("gcn", gcn), ("gin", gin), ("adam", adam)]:
    if args.only is None or args.only == key:
        print(key, fn(), flush=True)
