"""numpy references for packages/core-linalg/bench/index.bench.ts and packages/datasets/bench: the same
problems at the same sizes, printed as one JSON object of median wall times in seconds.

- eigvalsh_<d>: np.linalg.eigvalsh (LAPACK dsyevd without vectors: dsytrd + dsterf) for d = 8, 256, 784
  and 3072 on S + d*I, S symmetric uniform on (-1, 1) (positive definite by Gershgorin; the random numbers
  differ from the TypeScript bench, the cost does not depend on them);
- cov_xtx: the X.T @ X path of the covariance of 60000 x 784 uniform float64 rows, centring included
  (xc = x - x.mean(0); xc.T @ xc / (n - 1), a BLAS dgemm/dsyrk through OpenBLAS);
- cov_np: np.cov(x, rowvar=False) on the same rows.

Run: python3 benchmarks/eigen_covariance_numpy.py [--quick | --covariance]  (numpy only; not part of the
test suite).
OpenBLAS uses every core; OPENBLAS_NUM_THREADS=1 gives the one-thread figures (the TypeScript bench runs
this script both ways). --quick skips d = 3072 and the covariance; --covariance runs only the covariance.
"""
import json
import sys
import time

import numpy as np

rng = np.random.default_rng(1)


def median_time(runs, f):
    f()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t0)
        assert np.all(np.isfinite(result)), "non-finite result"
    times.sort()
    return times[len(times) // 2]


def diagonally_dominant(n):
    s = rng.uniform(-1.0, 1.0, (n, n))
    s = np.tril(s, -1)
    return s + s.T + np.diag(n + rng.uniform(-1.0, 1.0, n))


def covariance_xtx(x):
    xc = x - x.mean(axis=0)
    return (xc.T @ xc) / (x.shape[0] - 1)


quick = "--quick" in sys.argv
only_covariance = "--covariance" in sys.argv
figures = {}
sizes = [] if only_covariance else [(8, 2001), (256, 51), (784, 9)] + ([] if quick else [(3072, 3)])
for d, runs in sizes:
    a = diagonally_dominant(d)
    figures[f"eigvalsh_{d}"] = median_time(runs, lambda: np.linalg.eigvalsh(a))
if not quick:
    x = rng.uniform(0.0, 1.0, (60000, 784))
    figures["cov_xtx"] = median_time(3, lambda: covariance_xtx(x))
    figures["cov_np"] = median_time(3, lambda: np.cov(x, rowvar=False))
print(json.dumps(figures))
