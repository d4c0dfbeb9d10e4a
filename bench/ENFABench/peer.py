"""PyTorch peer for ENFABench: the conventional subgraph GNN (DS-GNN, node-marked policy, GINE
layers with edge features, batch norm, ReLU, sum pooling per subgraph, Linear+ReLU per subgraph,
mean over subgraphs, 2-layer head, L1 loss, Adam) written PyG-style in plain PyTorch
(index_select / index_add_ message passing, as torch_geometric's GINEConv and global_add_pool do).

Usage: peer.py DATA_NPZ GRAPHS BATCH LAYERS HIDDEN ROUNDS
Prints one JSON line: {"version": ..., "epoch_ms": [...], "epoch_cpu_ms": [...]} (wall and process CPU time
of one full epoch per round, after a warm-up).
"""
import json
import sys
import time

import numpy as np
import torch

torch.set_num_threads(2)
path, graphs, batch, layers, hidden, rounds = sys.argv[1], *map(int, sys.argv[2:7])
z = np.load(path, allow_pickle=False)
x_all, ei, ea_all = z["x"], z["edge_index"], z["edge_attr"]
node_ptr, edge_ptr, y_all = z["node_ptr"], z["edge_ptr"], z["y"]


def bag(g):
    """Node-marked conventional bag of graph g: n subgraphs, each with all n nodes."""
    n0, n1, e0, e1 = node_ptr[g], node_ptr[g + 1], edge_ptr[g], edge_ptr[g + 1]
    n = n1 - n0
    x = np.repeat(x_all[n0:n1][None], n, axis=0)                      # [n, n, F]
    marks = np.tile(np.array([0, 1], np.float32), (n, n, 1))
    marks[np.arange(n), np.arange(n)] = [1, 0]
    x = np.concatenate([x, marks], axis=2).reshape(n * n, -1)
    src, dst = ei[0, e0:e1], ei[1, e0:e1]
    off = (np.arange(n) * n)[:, None]
    return x, (src[None] + off).ravel(), (dst[None] + off).ravel(), np.tile(ea_all[e0:e1], (n, 1)), n


def collate(gs):
    xs, ss, ds, eas, sub_of_row, graph_of_sub = [], [], [], [], [], []
    rows = subs = 0
    for k, g in enumerate(gs):
        x, s, d, ea, n = bag(g)
        xs.append(x); ss.append(s + rows); ds.append(d + rows); eas.append(ea)
        sub_of_row.append(np.repeat(np.arange(n) + subs, n)); graph_of_sub.append(np.full(n, k))
        rows += n * n; subs += n
    t = lambda a, dt: torch.from_numpy(np.concatenate(a)).to(dt)
    return (t(xs, torch.float32), t(ss, torch.long), t(ds, torch.long), t(eas, torch.float32),
            t(sub_of_row, torch.long), t(graph_of_sub, torch.long), subs, torch.from_numpy(y_all[gs]).float())


class GINE(torch.nn.Module):
    def __init__(self, fin, hid, fe):
        super().__init__()
        self.edge = torch.nn.Linear(fe, fin)
        self.mlp = torch.nn.Sequential(torch.nn.Linear(fin, hid), torch.nn.ReLU(), torch.nn.Linear(hid, hid))

    def forward(self, x, src, dst, ea):
        msg = torch.relu(x.index_select(0, src) + self.edge(ea))
        return self.mlp(x + torch.zeros_like(x).index_add_(0, dst, msg))


class DSGNN(torch.nn.Module):
    def __init__(self, fin, hid, fe, layers):
        super().__init__()
        self.convs = torch.nn.ModuleList([GINE(fin if i == 0 else hid, hid, fe) for i in range(layers)])
        self.norms = torch.nn.ModuleList([torch.nn.BatchNorm1d(hid) for _ in range(layers)])
        self.sub = torch.nn.Linear(hid, hid)
        self.head = torch.nn.Sequential(torch.nn.Linear(hid, hid), torch.nn.ReLU(), torch.nn.Linear(hid, 1))

    def forward(self, x, src, dst, ea, sub_of_row, graph_of_sub, subs, graphs):
        h = x
        for conv, norm in zip(self.convs, self.norms):
            h = torch.relu(norm(conv(h, src, dst, ea)))
        s = torch.zeros(subs, h.shape[1]).index_add_(0, sub_of_row, h)            # global_add_pool per subgraph
        s = torch.relu(self.sub(s))
        g = torch.zeros(graphs, s.shape[1]).index_add_(0, graph_of_sub, s)
        g = g / torch.bincount(graph_of_sub, minlength=graphs).clamp(min=1)[:, None].float()
        return self.head(g).squeeze(-1)


torch.manual_seed(0)
batches = [collate(list(range(b, min(b + batch, graphs)))) for b in range(0, graphs, batch)]
model = DSGNN(batches[0][0].shape[1], hidden, batches[0][3].shape[1], layers)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)


def epoch():
    for (x, s, d, ea, sr, gs, subs, y) in batches:
        out = model(x, s, d, ea, sr, gs, subs, y.shape[0])
        loss = (out - y).abs().mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


epoch()  # warm-up
times, cpu = [], []
for _ in range(rounds):
    t0, c0 = time.perf_counter(), time.process_time()
    epoch()
    times.append((time.perf_counter() - t0) * 1000)
    cpu.append((time.process_time() - c0) * 1000)
print(json.dumps({"version": torch.__version__, "epoch_ms": times, "epoch_cpu_ms": cpu}))
