"""scipy counterpart of the `optimal` benchmark (packages/schedule-optim/bench/index.bench.ts).

Same problem: edm (VE, s0 = 80), standard prior, DDIM, d = 3072 eigenvalues log-spaced in [1e-4, 10],
N = 10 and 50 steps, every level but the first free, the clean level last. Same coordinates: N logits,
softmax gaps in Phi = atan(s/c) with c = sqrt(geometric-mean eigenvalue). Same objective and analytic
gradient (theory §5 “Many steps: the Euler–Maclaurin expansion” section 2): delta = delta0 + sum_k ln cos^2(theta_k - theta_{k+1}),
KL = sum 1/2 phi(-delta), dKL/ds_k = sum_i -1/2 expm1(-delta_i) * 2 sqrt(lam)/(lam + s_k^2) *
(tan D_{k-1} - tan D_k). Optimiser: scipy.optimize.minimize(method="L-BFGS-B"), vectorised numpy.
Both start from the tangent law with c = sqrt(geometric mean) run to 0 (the TS bench reports that run too).

Run: python3 benchmarks/optimal_schedule_scipy.py
"""
import json
import time

import numpy as np
from scipy.optimize import minimize

d, s0 = 3072, 80.0
lam = np.exp(np.linspace(np.log(10.0), np.log(1e-4), d))
root = np.sqrt(lam)
c = np.exp(0.5 * np.mean(np.log(lam)))
delta0 = -np.log1p(lam / s0 ** 2)
phi0 = np.arctan(s0 / c)


def levels_from_logits(x):
    w = np.exp(x - x.max())
    w /= w.sum()
    suffix = np.cumsum(w[::-1])[::-1]  # suffix[k] = sum_{j >= k} w_j
    free = c * np.tan(phi0 * suffix[1:])  # levels 1..N-1
    return np.concatenate(([s0], free, [0.0])), w


def objective(x):
    n = x.size
    s, w = levels_from_logits(x)
    a, b = s[:-1][None, :], s[1:][None, :]
    L = lam[:, None]
    inv = 1.0 / ((L + a * a) * (L + b * b))
    cos2 = (L + a * b) ** 2 * inv
    sin2 = L * (a - b) ** 2 * inv
    log_cos2 = np.where(sin2 < 0.5, np.log1p(-sin2), np.log(cos2))
    delta = delta0 + log_cos2.sum(axis=1)
    xx = -delta
    phi = np.where(np.abs(xx) < 1e-5, xx * xx / 2 + xx ** 3 / 6, np.expm1(xx) - xx)
    kl = 0.5 * phi.sum()
    dkl = -0.5 * np.expm1(-delta)[:, None]
    tan = root[:, None] * (a - b) / (L + a * b)  # d x N
    sk = s[1:n][None, :]
    dds = 2 * root[:, None] / (L + sk * sk) * (tan[:, :-1] - tan[:, 1:])
    grad_s = (dkl * dds).sum(axis=0)  # levels 1..N-1
    grad_phi = grad_s * (c + s[1:n] ** 2 / c)
    prefix = np.concatenate(([0.0], np.cumsum(grad_phi)))  # by_weight[j-1] = phi0 * sum_{k<j} grad_phi_k
    by_weight = phi0 * prefix
    grad_x = w * (by_weight - np.dot(w, by_weight))
    return kl, grad_x


def tangent_logits(n):
    s = c * np.tan((1 - np.arange(n + 1) / n) * phi0)
    s[0], s[-1] = s0, 0.0
    ang = np.arctan(s / c)
    return np.log(ang[:-1] - ang[1:])


for n in (10, 50):
    x0 = tangent_logits(n)
    times, result = [], None
    for _ in range(5):
        t0 = time.perf_counter()
        result = minimize(objective, x0, jac=True, method="L-BFGS-B", options={"ftol": 1e-15, "gtol": 1e-12, "maxiter": 3000})
        times.append(time.perf_counter() - t0)
    print(f"scipy L-BFGS-B optimal N={n} d={d}: median {sorted(times)[2] * 1e3:.1f} ms, "
          f"{result.nit} iterations, {result.nfev} evaluations, KL = {result.fun!r}")
    # the figures for `pnpm bench`'s table (scripts/bench.mjs), keyed like the TypeScript benchmark's
    print(json.dumps({"figure": f"optimal N={n} d={d}", "value": sorted(times)[2] * 1e3, "unit": "ms"}))
    print(json.dumps({"figure": f"optimal N={n} d={d} KL", "value": float(result.fun), "unit": "nats"}))
