"""numpy reference for packages/schedule-optim/scripts/top-k-tail.ts: np.linalg.eigvalsh(np.cov(X)) of the
same rows, which the bench writes to a .npy file. Prints one line of timings, then the k largest
eigenvalues (descending, space-separated) for the bench to compare with its exact route.

Run by the bench (python3 benchmarks/top_k_numpy.py x.npy d k; x.npy holds the n·d values flat); numpy only.
"""
import sys
import time

import numpy as np

d = int(sys.argv[2])
k = int(sys.argv[3])
x = np.load(sys.argv[1]).reshape(-1, d)
t0 = time.perf_counter()
c = np.cov(x, rowvar=False)
t1 = time.perf_counter()
w = np.linalg.eigvalsh(c)[::-1]
t2 = time.perf_counter()
print(f"np.cov {t1 - t0:.2f} s + eigvalsh {t2 - t1:.2f} s (d = {x.shape[1]}, n = {x.shape[0]})")
print(" ".join(repr(float(v)) for v in w[:k]))
