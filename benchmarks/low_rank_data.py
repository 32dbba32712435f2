"""Random low-rank-plus-noise data for the n < d (Gram route) checks of `klsched spectrum`.

X = Z·diag(s)·Bᵀ + σ·E + m: n rows, rank-r signal (Z n × r and E n × d standard normal, B a random
orthonormal d × r basis, s geometric from 10 down to 1), isotropic noise σ, and a column mean m ~ U(-1, 1)
so that centring matters. float64, C order, seeded: the same arguments give the same file.

Run:
  python3 benchmarks/low_rank_data.py OUT.npy [--rows 64] [--dim 16384] [--rank 16] [--noise 0.1] [--seed 15]
  python3 benchmarks/low_rank_data.py OUT.npy ... --reference EIG.npy
With --reference it also writes numpy's Gram-route eigenvalues of the data (n of them, descending):
  eigvalsh(Xc @ Xc.T / (n - 1)), Xc = X - X.mean(0).
"""
import argparse

import numpy as np


def low_rank_data(rows, dim, rank, noise, seed):
    rng = np.random.default_rng(seed)
    basis, _ = np.linalg.qr(rng.standard_normal((dim, rank)))
    scales = np.geomspace(10.0, 1.0, rank)
    x = (rng.standard_normal((rows, rank)) * scales) @ basis.T
    x += noise * rng.standard_normal((rows, dim))
    x += rng.uniform(-1.0, 1.0, dim)
    return x


def gram_eigenvalues(x):
    """numpy's Gram route: the n eigenvalues of Xc Xcᵀ/(n − 1), descending."""
    xc = x - x.mean(axis=0)
    return np.linalg.eigvalsh(xc @ xc.T / (len(x) - 1))[::-1].copy()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=64)
    parser.add_argument("--dim", type=int, default=16384)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--noise", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--reference", help="also write numpy's Gram-route eigenvalues here")
    args = parser.parse_args()
    x = low_rank_data(args.rows, args.dim, args.rank, args.noise, args.seed)
    np.save(args.out, x)
    if args.reference:
        np.save(args.reference, gram_eigenvalues(x))


if __name__ == "__main__":
    main()
