"""Reference values for LONGNNTests, generated once with scipy (float64).

Run: ~/peers-venv/bin/python make_vectors.py  (writes jacobi_reference.json beside this file)
Stores scipy.special.eval_jacobi(k, a, b, x) for k = 0..10 on a grid of x in [-1, 1] for
several (a, b), and the squared norms 2^{a+b+1}/(2k+a+b+1) Γ(k+a+1)Γ(k+b+1)/(Γ(k+a+b+1) k!)
evaluated with scipy.special.gammaln, plus Chebyshev values from eval_chebyt.
"""
import json
import os

import numpy as np
from scipy.special import eval_chebyt, eval_jacobi, gammaln

params = [(-0.25, -0.5), (0.5, 0.5), (0.0, 0.0), (1.5, -0.25), (-0.75, 0.5), (2.0, -0.25), (-0.5, -0.5), (-0.4, -0.6)]
xs = np.linspace(-1.0, 1.0, 21)
K = 10
out = {"x": xs.tolist(), "order": K, "cases": []}
for a, b in params:
    values = [[float(eval_jacobi(k, a, b, x)) for x in xs] for k in range(K + 1)]
    norms = []
    for k in range(K + 1):
        if k == 0:
            ln = (a + b + 1) * np.log(2) + gammaln(a + 1) + gammaln(b + 1) - gammaln(a + b + 2)
        else:
            ln = ((a + b + 1) * np.log(2) - np.log(2 * k + a + b + 1) + gammaln(k + a + 1) + gammaln(k + b + 1)
                  - gammaln(k + a + b + 1) - gammaln(k + 1))
        norms.append(float(np.exp(ln)))
    out["cases"].append({"a": a, "b": b, "values": values, "norm_squared": norms})
out["chebyshev"] = [[float(eval_chebyt(k, x)) for x in xs] for k in range(K + 1)]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "jacobi_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print("wrote", len(out["cases"]), "cases")
