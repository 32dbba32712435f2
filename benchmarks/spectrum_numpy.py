"""numpy reference for packages/core-linalg/bench/index.bench.ts: the same problems, same sizes.

- np.linalg.eigvalsh for d = 784 and 3072 on S + d*I, S symmetric uniform on (-1, 1) (positive definite
  by Gershgorin; the random numbers differ from the TypeScript bench, the cost does not depend on them);
- np.cov(X, rowvar=False) on 60000 x 784 uniform random float64 rows.
Prints the median wall time of several runs after a warm-up.

Run: python3 benchmarks/spectrum_numpy.py   (numpy only; not part of the test suite). numpy calls
LAPACK dsyevd (eigvalsh) and a BLAS matrix product (cov) through OpenBLAS, which uses every core; set
OPENBLAS_NUM_THREADS=1 for a single-threaded figure comparable to klsched's single-threaded solver.
"""
import time
import numpy as np

rng = np.random.default_rng(1)


def measure(label, runs, f):
    f()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t0)
        assert np.all(np.isfinite(result)), "non-finite result"
    times.sort()
    median = times[len(times) // 2]
    print(f"{label:<46} median {median:.3f} s  (runs: {', '.join(f'{t:.3f}' for t in times)})")


def diagonally_dominant(n):
    s = rng.uniform(-1.0, 1.0, (n, n))
    s = np.tril(s, -1)
    return s + s.T + np.diag(n + rng.uniform(-1.0, 1.0, n))


a784 = diagonally_dominant(784)
measure("numpy eigvalsh d=784", 9, lambda: np.linalg.eigvalsh(a784))
a3072 = diagonally_dominant(3072)
measure("numpy eigvalsh d=3072", 3, lambda: np.linalg.eigvalsh(a3072))
x = rng.uniform(0.0, 1.0, (60000, 784))
measure("numpy cov 60000x784 (float64)", 3, lambda: np.cov(x, rowvar=False))
