"""n < d: `klsched spectrum --npy` (the Gram route) against numpy's Gram route, side by side, same data.

For 64 x 16 384 and 256 x 65 536 low-rank-plus-noise matrices (benchmarks/low_rank_data.py, seeded), runs
  numpy:   np.load, then eigvalsh(Xc @ Xc.T / (n - 1))            (a child python process)
  klsched: node apps/cli/dist/bin.js spectrum --npy X.npy --out S.npy   (a child node process)
and prints for each: the wall time of the whole child process (file read included), its peak RSS, and
max |λ_klsched - λ_numpy| / λ_max over the n - 1 nonzero eigenvalues (target 1e-10); then checks that
`klsched optimize --process edm --spectrum S.npy --steps 10` runs on the result.

Run after `pnpm run build`:  python3 benchmarks/gram_route.py [--sizes 64x16384,256x65536] [--runs 3]
Timings on a shared machine are noisy; the median of --runs is printed. numpy's BLAS uses every core
(OPENBLAS_NUM_THREADS=1 for one); klsched's Gram kernel runs on one.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from low_rank_data import gram_eigenvalues, low_rank_data  # noqa: E402

CLI = os.path.join(HERE, "..", "apps", "cli", "dist", "bin.js")


def run_child(argv):
    """Runs argv; returns (wall seconds, peak RSS in MiB, stdout)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:  # files, not pipes: no deadlock on long output
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(argv)} failed ({status}): {err.read().decode()}")
        return wall, usage.ru_maxrss / 1024, out.read().decode()


def numpy_child(data, reference):
    np.save(reference, gram_eigenvalues(np.load(data)))


def median(values):
    return sorted(values)[len(values) // 2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="64x16384,256x65536")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--numpy-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.numpy_child:
        numpy_child(*args.numpy_child)
        return
    if not os.path.exists(CLI):
        raise SystemExit(f"{CLI} is missing: run pnpm run build first")
    with tempfile.TemporaryDirectory(prefix="klsched-gram-") as folder:
        for size in args.sizes.split(","):
            n, d = (int(v) for v in size.split("x"))
            data = os.path.join(folder, f"x-{n}x{d}.npy")
            np.save(data, low_rank_data(n, d, rank=16, noise=0.1, seed=15))
            reference = os.path.join(folder, "numpy.npy")
            spectrum = os.path.join(folder, "klsched.npy")
            numpy_runs = [run_child([sys.executable, __file__, "--numpy-child", data, reference]) for _ in range(args.runs)]
            klsched_runs = [run_child(["node", CLI, "spectrum", "--npy", data, "--out", spectrum, "--quiet", "--json"]) for _ in range(args.runs)]
            expected = np.load(reference)[: n - 1]
            got = np.load(spectrum)
            record = json.loads(klsched_runs[-1][2])
            error = np.max(np.abs(got[: n - 1] - expected)) / expected[0]
            print(f"{n} x {d} ({8 * n * d / 2**20:.0f} MiB of float64 data)")
            print(f"  max |Δλ|/λmax over the {n - 1} nonzero eigenvalues: {error:.2e}   (target 1e-10)")
            print(f"  floor: {record['floor']}")
            for name, runs in (("klsched", klsched_runs), ("numpy  ", numpy_runs)):
                walls = [r[0] for r in runs]
                print(f"  {name} wall {median(walls):.3f} s (runs {', '.join(f'{w:.3f}' for w in walls)}), peak RSS {max(r[1] for r in runs):.0f} MiB")
            wall, _, out = run_child(["node", CLI, "optimize", "--process", "edm", "--spectrum", spectrum, "--steps", "10", "--json"])
            kl = json.loads(out).get("kl")
            print(f"  klsched optimize --process edm --spectrum <result> --steps 10: kl {kl}, {wall:.2f} s")
            if not error < 1e-10:
                raise SystemExit(f"max |Δλ|/λmax = {error:.2e} exceeds 1e-10")


if __name__ == "__main__":
    main()
