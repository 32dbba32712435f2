"""Small .npy files written by numpy itself, to test klsched's independent .npy parser.

Regenerate with `python3 scripts/generate-npy-fixtures.py` (writes src/fixtures/*.npy and npy.json).
"""
import json
import pathlib
import numpy as np

out = pathlib.Path(__file__).resolve().parent.parent / "src" / "fixtures"
rng = np.random.default_rng(20261127)

values = np.array([3.0, 1.5, 0.25, 1e-6], dtype="<f8")
np.save(out / "eig-f8.npy", values)
np.save(out / "eig-f4-big.npy", values.astype(">f4"))

matrix = rng.standard_normal((3, 4))
np.save(out / "matrix-f8-fortran.npy", np.asfortranarray(matrix))

a = rng.standard_normal((6, 6))
cov = a @ a.T + 0.1 * np.eye(6)
np.save(out / "cov-6.npy", cov)
np.save(out / "ints.npy", np.arange(4, dtype="<i8"))

json.dump(
    {
        "generator": "scripts/generate-npy-fixtures.py (numpy %s)" % np.__version__,
        "eig": values.tolist(),
        "eigF4": values.astype(">f4").astype(float).tolist(),
        "matrix": matrix.tolist(),
        "covEigenvalues": sorted(np.linalg.eigvalsh(cov).tolist(), reverse=True),
    },
    open(out / "npy.json", "w"),
    indent=1,
)
