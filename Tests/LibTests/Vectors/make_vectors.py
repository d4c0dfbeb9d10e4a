"""Generates torch_reference.json: PyTorch (CPU, float64) reference values for LibTests.

Run once with a Python that has torch and numpy:
    python Tests/LibTests/Vectors/make_vectors.py
The tests read the JSON; they never need Python.
"""
import json
import os

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
x_values = [[0.3, -1.2, 2.0, 0.5], [-0.7, 0.1, -2.2, 1.4], [1.1, 0.9, -0.4, -1.6]]
targets = [1, 3, 0]
positive = [0.25, 0.5, 1.0, 1.5, 3.3, 7.0, 12.5]


def t(v, grad=False):
    return torch.tensor(v, requires_grad=grad)


out = {"x": x_values, "targets": targets, "positive": positive}
x = t(x_values)
F = torch.nn.functional
out["softmax"] = F.softmax(x, dim=1).flatten().tolist()
out["log_softmax"] = F.log_softmax(x, dim=1).flatten().tolist()
out["gelu"] = F.gelu(x).flatten().tolist()
out["elu"] = F.elu(x, alpha=0.7).flatten().tolist()
out["sigmoid"] = torch.sigmoid(x).flatten().tolist()
out["softplus"] = F.softplus(x).flatten().tolist()
out["layer_norm"] = F.layer_norm(x, (4,)).flatten().tolist()
out["batch_norm"] = F.batch_norm(x, None, None, training=True).flatten().tolist()

xg = t(x_values, grad=True)
ce = F.cross_entropy(xg, torch.tensor(targets))
ce.backward()
out["cross_entropy"] = ce.item()
out["cross_entropy_grad"] = xg.grad.flatten().tolist()

xg = t(x_values, grad=True)
ln = (F.layer_norm(xg, (4,)) * torch.arange(12.0).reshape(3, 4)).sum()
ln.backward()
out["layer_norm_weighted_grad"] = xg.grad.flatten().tolist()

p = t(positive)
out["lgamma"] = torch.lgamma(p).tolist()
out["digamma"] = torch.special.digamma(p).tolist()
out["polygamma1"] = torch.special.polygamma(1, p).tolist()

grads = [[0.5, -1.0, 0.25], [0.1, 0.3, -0.2], [-0.4, 0.2, 0.9], [0.0, -0.5, 0.5], [1.0, 1.0, -1.0]]
p0 = [1.0, -2.0, 3.0]


def trajectory(make):
    w = torch.nn.Parameter(t(p0))
    opt = make([w])
    for g in grads:
        w.grad = t(g)
        opt.step()
    return w.detach().tolist()


out["optimizer_grads"] = grads
out["optimizer_start"] = p0
out["adam"] = trajectory(lambda ps: torch.optim.Adam(ps, lr=0.1, weight_decay=0.05))
out["adamw"] = trajectory(lambda ps: torch.optim.AdamW(ps, lr=0.1, weight_decay=0.1))
out["sgd_nesterov"] = trajectory(lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01))
out["sgd_momentum"] = trajectory(lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9))

# normalised Laplacian spectrum of a small graph (numpy eigvalsh)
edges = [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2), (3, 4)]
n = 5
a = np.zeros((n, n))
for i, j in edges:
    a[i, j] = a[j, i] = 1
d = a.sum(1)
dinv = 1 / np.sqrt(d)
lap = np.eye(n) - dinv[:, None] * a * dinv[None, :]
out["laplacian_edges"] = edges
out["laplacian_eigenvalues"] = np.linalg.eigvalsh(lap).tolist()

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "torch_reference.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", path)
