"""Write a klsched covariance shard (.npz, format version 1) from a .npy data matrix, with numpy only.

The layout (docs/reference/shard-format.md): entries `klsched_covariance_shard` (1, the version),
`dimension` (d), `count` (n), `mean` (d,), `comoment` (d, d) = Xc.T @ Xc with Xc = X - mean,
`quantization_step` (0 for continuous data) and optionally `layout` (the shape of one row). `klsched
spectrum --merge a.npz b.npz ...` merges such shards exactly with its own (`klsched spectrum --partial`).

Run:
  python3 benchmarks/numpy_shard.py data.npy shard.npz [--rows START:STOP] [--compressed]
                                    [--quantization-step 0.00784313725490196] [--layout H,W,C]
  python3 benchmarks/numpy_shard.py --fixtures packages/datasets/src/fixtures/shards
The second form regenerates the test fixtures (a seeded 40 x 6 matrix and numpy shards of its first 25
rows, stored, deflated and in ZIP64 form); the tests merge them with a klsched shard of the other 15 rows.

On a cluster, the same `shard` function maps over files (see docs/guide/shards.md):
  Dask:  dask.bag.from_sequence(files).map(lambda f: write_shard(f, out_for(f))).compute()
  Spark: sc.parallelize(files).foreach(lambda f: write_shard(f, out_for(f)))
  Ray:   ray.get([ray.remote(write_shard).remote(f, out_for(f)) for f in files])
"""
import argparse
import os

import numpy as np


def shard(x, quantization_step=0.0, layout=None):
    """The shard entries of the rows of x (n x ...): float64 throughout, the co-moment by one product."""
    x = np.asarray(x, dtype=np.float64).reshape(len(x), -1)
    mean = x.mean(axis=0)
    xc = x - mean
    entries = {
        "klsched_covariance_shard": np.float64(1),
        "dimension": np.float64(x.shape[1]),
        "count": np.int64(x.shape[0]),  # an integer dtype is accepted for the scalars too
        "mean": mean,
        "comoment": xc.T @ xc,
        "quantization_step": np.float64(quantization_step),
    }
    if layout is not None:
        entries["layout"] = np.asarray(layout, dtype=np.float64)
    return entries


def write_shard(data_path, out_path, rows=slice(None), compressed=False, quantization_step=0.0, layout=None):
    x = np.load(data_path, mmap_mode="r")[rows]
    save = np.savez_compressed if compressed else np.savez
    save(out_path, **shard(x, quantization_step, layout))


def fixtures(folder):
    rng = np.random.default_rng(15)
    x = rng.uniform(-1.0, 1.0, (40, 6)) + 10.0 * np.arange(6)  # column means far from 0: centring matters
    os.makedirs(folder, exist_ok=True)
    np.save(os.path.join(folder, "data.npy"), x)
    np.savez(os.path.join(folder, "numpy-first-25.npz"), **shard(x[:25]))
    np.savez_compressed(os.path.join(folder, "numpy-first-25-compressed.npz"), **shard(x[:25]))
    # the same shard with ZIP64 records throughout (central directory extras, ZIP64 end record), as numpy
    # writes archives above 4 GiB: forced here by lowering zipfile's limits while it writes
    import zipfile

    limits = zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT
    zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = 0, 0
    try:
        np.savez(os.path.join(folder, "numpy-first-25-zip64.npz"), **shard(x[:25]))
    finally:
        zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = limits
    # the one-shot reference, for the record (the tests compute their own with klsched's exact route)
    np.save(os.path.join(folder, "eigenvalues.npy"), np.linalg.eigvalsh(np.cov(x, rowvar=False))[::-1].copy())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?")
    parser.add_argument("out", nargs="?")
    parser.add_argument("--rows", default=":", help="START:STOP, the rows of this shard (default all)")
    parser.add_argument("--compressed", action="store_true", help="np.savez_compressed (deflate) instead of np.savez")
    parser.add_argument("--quantization-step", type=float, default=0.0)
    parser.add_argument("--layout", help="the shape of one row, e.g. 64,64,3")
    parser.add_argument("--fixtures", help="write the test fixtures to this folder and exit")
    args = parser.parse_args()
    if args.fixtures:
        fixtures(args.fixtures)
        return
    if not (args.data and args.out):
        parser.error("give DATA.npy and OUT.npz (or --fixtures FOLDER)")
    start, stop = (int(v) if v else None for v in args.rows.split(":"))
    layout = None if args.layout is None else [int(v) for v in args.layout.split(",")]
    write_shard(args.data, args.out, slice(start, stop), args.compressed, args.quantization_step, layout)


if __name__ == "__main__":
    main()
