"""numpy reference for the scheduleKL benchmark: the same closed form, vectorised over levels x eigenvalues.

Same inputs as packages/kl-metrics/bench/index.bench.ts: edm (VE, s in [0.002, 80]), karras rho = 7,
N = 10 and 1000 levels + the clean level, d = 3072 eigenvalues log-spaced in [1e-4, 10], standard prior.
Per direction: cos^2 and sin^2 of every step angle from the DDIM polar form (theory §5 “Many steps: the Euler–Maclaurin expansion” section 2),
delta = ln(v_prior/r0^2) + sum ln cos^2 (one log per term: the natural vectorised form), KL = 1/2 phi(-delta). Prints ms and ns per (level x eigenvalue).

Run: python3 benchmarks/schedule_kl_numpy.py   (numpy only; it is not part of the test suite).
On machines that set OPENBLAS_CORETYPE, that variable does not matter here: no BLAS call is made.
"""
import json
import time

import numpy as np

d = 3072
smin, smax, rho = 0.002, 80.0, 7.0


def karras_levels(n):
    ramp = np.linspace(0.0, 1.0, n)
    s = (smax ** (1 / rho) + ramp * (smin ** (1 / rho) - smax ** (1 / rho))) ** rho
    return np.append(s, 0.0)  # clean level; VE: alpha = 1, sigma = s


lam = np.exp(np.linspace(np.log(10.0), np.log(1e-4), d))


def schedule_kl(lam, s):
    lam = lam[:, None]
    r2 = lam + s[None, :] ** 2                       # d x (N+1)
    inv = 1.0 / (r2[:, :-1] * r2[:, 1:])              # d x N
    cos2 = (lam + s[None, :-1] * s[None, 1:]) ** 2 * inv
    sin2 = lam * (s[None, :-1] - s[None, 1:]) ** 2 * inv
    # ln cos^2 per step, from whichever of cos^2 and sin^2 keeps full precision
    log_cos2 = np.where(sin2 < 0.5, np.log1p(-sin2), np.log(cos2))
    delta = -np.log1p(lam[:, 0] / smax ** 2) + log_cos2.sum(axis=1)
    x = -delta
    phi = np.where(np.abs(x) < 1e-5, x * x / 2 + x ** 3 / 6, np.expm1(x) - x)
    return 0.5 * phi.sum()


def measure(n, runs, batch):
    s = karras_levels(n)
    schedule_kl(lam, s)
    times, cpu_times = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(batch):
            kl = schedule_kl(lam, s)
        times.append((time.perf_counter() - t0) / batch)
        cpu_times.append((time.process_time() - c0) / batch)
    median = sorted(times)[len(times) // 2]
    per_element = median * 1e9 / (n * d)
    cpu_per_element = sorted(cpu_times)[len(cpu_times) // 2] * 1e9 / (n * d)
    print(f"numpy scheduleKL N={n} x d={d}: median {median * 1e3:.3f} ms, "
          f"{per_element:.3f} ns per (level x eigenvalue) (CPU {cpu_per_element:.3f}), KL = {kl!r}")
    # the figure for `pnpm bench`'s table (scripts/bench.mjs), keyed like the TypeScript benchmark's
    print(json.dumps({"figure": f"scheduleKL ddim N={n} d={d}", "value": per_element, "unit": "ns/elem"}))
    print(json.dumps({"figure": f"scheduleKL ddim N={n} d={d} (CPU time)", "value": cpu_per_element, "unit": "ns/elem"}))


measure(10, 25, 200)
measure(1000, 15, 1)
