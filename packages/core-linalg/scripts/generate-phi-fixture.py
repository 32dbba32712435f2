"""Reference values of phi(x) = exp(x) - 1 - x and ln cos x at 50 significant digits (mpmath).

Regenerate with `python3 scripts/generate-phi-fixture.py > src/fixtures/phi.json`. The inputs are
float64 numbers printed with repr, so the test evaluates exactly the same arguments.
"""
import json
import mpmath

mpmath.mp.dps = 50

magnitudes = [1e-12, 3e-11, 1e-9, 1e-7, 2.5e-6, 1e-5, 3e-4, 1e-3, 0.01, 0.1, 0.3, 0.49, 0.5, 0.51, 0.7, 1.0, 2.0, 5.0, 10.0, 20.0, 35.0, 50.0]
phi_rows = []
for m in magnitudes:
    for x in (m, -m):
        v = mpmath.mpf(x)
        phi_rows.append({"x": repr(x), "phi": mpmath.nstr(mpmath.expm1(v) - v, 30)})

angles = [1e-12, 1e-9, 1e-6, 1e-4, 1e-2, 0.1, 0.5, 1.0, 1.5, 1.57]
lncos_rows = [{"x": repr(a), "lnCos": mpmath.nstr(mpmath.log(mpmath.cos(mpmath.mpf(a))), 30)} for a in angles]

print(json.dumps({"generator": "scripts/generate-phi-fixture.py (mpmath, 50 digits)", "phi": phi_rows, "lnCos": lncos_rows}, indent=1))
