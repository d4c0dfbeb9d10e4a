"""PyTorch peer of LONGNNBench: the same LON-GNN and JacobiConv models, written for the benchmark.

Usage: ~/peers-venv/bin/python peer_torch.py --data DIR --dataset cora --model lon-gnn --epochs 50 --threads 2
Prints one JSON line: {"ms_per_epoch": ..., "train_ms": ..., "eval_ms": ...}.
One epoch = one training step (forward, NLL on the training nodes, backward, Adam step)
plus one evaluation forward pass, as in the official training loops. Features are
row-normalised; Â = D^-1/2 A D^-1/2 (no self loops) is a torch sparse matrix, COO or CSR
whichever multiplies faster here; products go through SymSpMM, whose backward uses Â's symmetry.
"""
import argparse
import json
import math
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def load(data_dir, name):
    files = {"cora": "cora.npz", "computers": "amazon_computers.npz", "citeseer": "citeseer.npz", "photo": "amazon_photo.npz"}
    z = np.load(os.path.join(data_dir, files[name]))
    x = torch.tensor(z["x"], dtype=torch.float32)
    x = x / x.sum(1, keepdim=True).clamp(min=1e-12).where(x.sum(1, keepdim=True) > 0, torch.ones(1))
    y = torch.tensor(z["y"], dtype=torch.long)
    ei = torch.tensor(z["edge_index"], dtype=torch.long)
    n = y.shape[0]
    deg = torch.zeros(n).index_add_(0, ei[1], torch.ones(ei.shape[1])).clamp(min=1)
    val = deg[ei[1]].rsqrt() * deg[ei[0]].rsqrt()
    coo = torch.sparse_coo_tensor(torch.stack([ei[1], ei[0]]), val, (n, n)).coalesce()
    return x, y, fastest_layout(coo, int(y.max()) + 1), int(y.max()) + 1


def fastest_layout(coo, width):
    """COO or CSR, whichever multiplies a [N, width] matrix faster on this machine (torch's CPU kernels differ by graph)."""
    probe = torch.randn(coo.shape[0], width)
    best, best_t = coo, float("inf")
    for candidate in (coo, coo.to_sparse_csr()):
        candidate @ probe
        t0 = time.perf_counter()
        for _ in range(5):
            candidate @ probe
        t = time.perf_counter() - t0
        if t < best_t:
            best, best_t = candidate, t
    return best


class SymSpMM(torch.autograd.Function):
    """Â @ X for a symmetric sparse Â: the gradient is Â @ G (torch's own CSR backward is far slower)."""

    @staticmethod
    def forward(ctx, adj, x):
        ctx.adj = adj
        return adj @ x

    @staticmethod
    def backward(ctx, g):
        return None, ctx.adj @ g


def spmm(adj, x):
    return SymSpMM.apply(adj, x)


class JacobiFilter(nn.Module):
    """Σ_k w_{k,c} Π_{j<k} α tanh(η_j) [1/‖P_k‖] P_k^{(a,b)}(Â) X[:, c]; a, b learnable when asked."""

    def __init__(self, K, C, a, b, alpha, learn_ab, orthonormal):
        super().__init__()
        self.K, self.alpha, self.orthonormal = K, alpha, orthonormal
        self.eta = nn.Parameter(torch.full((K,), min(1 / alpha, 1.0)))
        self.w = nn.Parameter(torch.ones(K + 1, C))
        self.a = nn.Parameter(torch.tensor(float(a), dtype=torch.float64), requires_grad=learn_ab)
        self.b = nn.Parameter(torch.tensor(float(b), dtype=torch.float64), requires_grad=learn_ab)

    def forward(self, x, adj):
        a, b = self.a.clamp(min=-1 + 1e-3), self.b.clamp(min=-1 + 1e-3)
        p = [x, ((a - b) / 2).float() * x + ((a + b + 2) / 2).float() * spmm(adj, x)]
        for k in range(2, self.K + 1):
            s = 2 * k + a + b
            d = 2 * k * (k + a + b) * (s - 2)
            A = ((s - 1) * s * (s - 2) / d).float()
            B = ((s - 1) * (a * a - b * b) / d).float()
            Cc = (2 * (k + a - 1) * (k + b - 1) * s / d).float()
            p.append(A * spmm(adj, p[-1]) + B * p[-1] - Cc * p[-2])
        gamma = self.alpha * torch.tanh(self.eta)
        coef = torch.cat([torch.ones(1), torch.cumprod(gamma, 0)]).unsqueeze(1) * self.w
        if self.orthonormal:
            logn = []
            for k in range(self.K + 1):
                if k == 0:
                    t = (a + b + 1) * math.log(2) + torch.lgamma(a + 1) + torch.lgamma(b + 1) - torch.lgamma(a + b + 2)
                else:
                    t = ((a + b + 1) * math.log(2) - torch.log(2 * k + a + b + 1) + torch.lgamma(k + a + 1)
                         + torch.lgamma(k + b + 1) - torch.lgamma(k + a + b + 1) - math.lgamma(k + 1))
                logn.append(t)
            coef = coef * torch.exp(-0.5 * torch.stack(logn)).float().unsqueeze(1)
        out = p[0] * coef[0]
        for k in range(1, self.K + 1):
            out = out + p[k] * coef[k]
        return out


class Model(nn.Module):
    def __init__(self, kind, F_in, C):
        super().__init__()
        if kind == "lon-gnn":  # Cora's published LON-GNN settings
            self.transform = nn.Sequential(nn.Linear(F_in, 64), nn.ReLU(), nn.Dropout(0.0), nn.Linear(64, C))
            self.dp_in, self.dp_filter = 0.0, 0.7
            self.filter = JacobiFilter(10, C, -0.25, -0.5, 0.75, True, True)
            self.groups = [(self.transform.parameters(), 0.05, 0.001), ([self.filter.eta], 0.0005, 0.0),
                           ([self.filter.w], 0.005, 0.0001), ([self.filter.a, self.filter.b], 0.001, 0.0)]
        else:  # JacobiConv, Cora's published settings
            self.transform = nn.Linear(F_in, C)
            self.dp_in, self.dp_filter = 0.5, 0.7
            self.filter = JacobiFilter(10, C, 2.0, -0.25, 0.5, False, False)
            self.groups = [(self.transform.parameters(), 0.05, 0.001), ([self.filter.eta], 0.01, 0.0001),
                           ([self.filter.w], 0.01, 5e-5)]

    def forward(self, x, adj):
        h = F.dropout(x, self.dp_in, self.training)
        h = F.dropout(self.transform(h), self.dp_filter, self.training)
        return F.log_softmax(self.filter(h, adj), dim=-1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--dataset", default="cora")
    ap.add_argument("--model", default="lon-gnn")
    ap.add_argument("--epochs", type=int, default=50)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    x, y, adj, C = load(args.data, args.dataset)
    n = y.shape[0]
    perm = torch.randperm(n)
    train = perm[: int(0.6 * n)]
    model = Model(args.model, x.shape[1], C)
    opt = torch.optim.Adam([{"params": list(p), "lr": lr, "weight_decay": wd} for p, lr, wd in model.groups])

    def epoch():
        t0 = time.perf_counter()
        model.train()
        opt.zero_grad()
        out = model(x, adj)
        F.nll_loss(out[train], y[train]).backward()
        opt.step()
        t1 = time.perf_counter()
        model.eval()
        with torch.no_grad():
            out = model(x, adj)
            (out.argmax(1) == y).float().mean().item()
        t2 = time.perf_counter()
        return t1 - t0, t2 - t1

    for _ in range(5):
        epoch()
    times = [epoch() for _ in range(args.epochs)]
    tr = sorted(t[0] for t in times)[len(times) // 2] * 1000
    ev = sorted(t[1] for t in times)[len(times) // 2] * 1000
    print(json.dumps({"ms_per_epoch": tr + ev, "train_ms": tr, "eval_ms": ev, "layout": str(adj.layout)}))


if __name__ == "__main__":
    main()
