"""Reference eigenvalues (numpy eigvalsh) and covariances (numpy cov) for klsched's own solvers.

Regenerate with `python3 scripts/generate-eigen-fixtures.py` (writes src/fixtures/spd-*-factor.npy,
eigen.json and covariance.json). Random symmetric positive-definite matrices are stored as a recipe,
A = G·Gᵀ/k + diag(ridge), with the factor G (d × k, float64) in a .npy file and the ridge in JSON, so
that d = 784 costs 1.6 MB instead of 4.9 MB. G's columns are scaled by (1 + j)^(-1/2), so that the
spectrum decays over two decades the way an image covariance does. The test rebuilds A in float64 with its
own summation order, which moves the eigenvalues by ~1e-16 of the largest: far below the 1e-10 tested.
"""
import json
import pathlib
import numpy as np

out = pathlib.Path(__file__).resolve().parent.parent / "src" / "fixtures"
rng = np.random.default_rng(20261205)
generator = "scripts/generate-eigen-fixtures.py (numpy %s)" % np.__version__


def spd_case(d, k):
    g = rng.standard_normal((d, k)) * (1.0 + np.arange(k)) ** -0.5
    ridge = rng.uniform(1e-3, 1e-2, d)
    a = g @ g.T / k + np.diag(ridge)
    np.save(out / f"spd-{d}-factor.npy", g)
    eigenvalues = np.linalg.eigvalsh(a)[::-1]  # descending, as klsched returns them
    return {"d": d, "k": k, "factor": f"spd-{d}-factor.npy", "ridge": ridge.tolist(), "eigenvalues": eigenvalues.tolist()}


cases = [spd_case(10, 10), spd_case(100, 100), spd_case(784, 256)]
json.dump({"generator": generator, "recipe": "A = G @ G.T / k + diag(ridge)", "cases": cases}, open(out / "eigen.json", "w"))

# Covariance: 50 rows of 6 columns with means far from zero and scales from 1e-3 to 1e2, so that a
# one-pass E[xxᵀ] − x̄x̄ᵀ would lose most digits; and the same data rounded to float32.
means = np.array([0.0, 10.0, -3.0, 1e3, 0.5, 7.0])
scales = np.array([1.0, 1e-3, 2.0, 1e2, 0.1, 5.0])
mixing = np.eye(6) + 0.3 * rng.standard_normal((6, 6))
x = means + (rng.standard_normal((50, 6)) @ mixing) * scales
x32 = x.astype(np.float32)
json.dump(
    {
        "generator": generator,
        "rows": x.tolist(),
        "covariance": np.cov(x, rowvar=False).tolist(),
        "rowsFloat32": x32.astype(np.float64).tolist(),
        "covarianceFloat32": np.cov(x32, rowvar=False).tolist(),
    },
    open(out / "covariance.json", "w"),
    indent=1,
)
