"""numpy reference for packages/core-linalg/bench/stationary-spectrum.bench.ts: the stationary estimate of
n x C x H x W float32 data read from the same .npy file the TypeScript bench wrote and measured.

    python3 benchmarks/stationary_spectrum_numpy.py eig  data.npy eigenvalues.npy
    python3 benchmarks/stationary_spectrum_numpy.py full data.npy

`eig`: accumulates the C x C cross-spectral matrices S_k = sum_i Xi(k) Xi(k)^H / (HW (n - 1)), Xi the 2-D
FFT of (x_i - x_0) per channel, centred as sum - n mean mean^H (the TypeScript formula), then times
np.linalg.eigvalsh on the batch of all HW matrices (the issue's reference) and on one frequency of each
conjugate pair {k, -k} (the problems klsched solves; S_-k = conj(S_k)); writes the HW*C eigenvalues,
descending, to eigenvalues.npy for the bench to compare with its own.
`full`: the whole estimate streamed in chunks (np.load with mmap_mode="r"), its wall time and peak RSS.

Prints one JSON object on stdout. numpy's FFT (pocketfft) is single-threaded; eigvalsh calls LAPACK
zheevd per matrix; the batched matmul uses OpenBLAS threads when it is worth it.
"""
import json
import resource
import sys
import time

import numpy as np

CHUNK = 32


def cross_spectra(x):
    """S as an (H*W, C, C) complex array, accumulated over chunks of CHUNK samples."""
    n, c, h, w = x.shape
    reference = np.asarray(x[0], dtype=np.float64)
    sums = np.zeros((h * w, c), dtype=np.complex128)
    products = np.zeros((h * w, c, c), dtype=np.complex128)
    for start in range(0, n, CHUNK):
        block = np.asarray(x[start : start + CHUNK], dtype=np.float64) - reference
        spectra = np.fft.fft2(block, axes=(2, 3)).reshape(len(block), c, h * w).transpose(2, 1, 0)  # (HW, C, b)
        sums += spectra.sum(axis=2)
        products += spectra @ spectra.conj().transpose(0, 2, 1)
    outer = sums[:, :, None] * sums.conj()[:, None, :]
    return (products - outer / n) / (h * w * (n - 1))


def representatives(h, w):
    k = np.arange(h * w)
    ky, kx = k // w, k % w
    conjugate = ((h - ky) % h) * w + (w - kx) % w
    return k[k <= conjugate]


def median_time(f, runs=5, clock=time.perf_counter):
    f()
    times = []
    for _ in range(runs):
        t0 = clock()
        f()
        times.append(clock() - t0)
    return sorted(times)[runs // 2]


def main():
    mode, path = sys.argv[1], sys.argv[2]
    x = np.load(path, mmap_mode="r")
    n, c, h, w = x.shape
    if mode == "eig":
        t0 = time.perf_counter()
        s = cross_spectra(x)
        accumulate = time.perf_counter() - t0
        half = np.ascontiguousarray(s[representatives(h, w)])
        all_seconds = median_time(lambda: np.linalg.eigvalsh(s))
        half_seconds = median_time(lambda: np.linalg.eigvalsh(half))
        half_cpu_seconds = median_time(lambda: np.linalg.eigvalsh(half), clock=time.process_time)
        raw = np.linalg.eigvalsh(s).ravel()
        shuffled = np.random.default_rng(3).permutation(raw)
        sort_seconds = median_time(lambda: np.sort(shuffled)[::-1], clock=time.process_time)
        np.save(sys.argv[3], np.sort(raw)[::-1])
        print(
            json.dumps(
                {
                    "accumulateSeconds": accumulate,
                    "eigvalshAllSeconds": all_seconds,
                    "eigvalshHalfSeconds": half_seconds,
                    "eigvalshHalfCpuSeconds": half_cpu_seconds,
                    "sortSeconds": sort_seconds,
                }
            )
        )
    elif mode == "full":
        t0 = time.perf_counter()
        s = cross_spectra(x)
        t1 = time.perf_counter()
        values = np.linalg.eigvalsh(s)
        t2 = time.perf_counter()
        assert np.all(np.isfinite(values)), "non-finite eigenvalue"
        usage = resource.getrusage(resource.RUSAGE_SELF)
        peak = usage.ru_maxrss / 1024  # KiB on Linux; counts the pages of the memory-mapped input it touched
        cpu = usage.ru_utime + usage.ru_stime
        print(
            json.dumps(
                {"seconds": t2 - t0, "accumulateSeconds": t1 - t0, "eigenSeconds": t2 - t1, "cpuSeconds": cpu, "maxRssMiB": peak}
            )
        )
    else:
        raise SystemExit(f"unknown mode {mode!r} (expected eig or full)")


if __name__ == "__main__":
    main()
