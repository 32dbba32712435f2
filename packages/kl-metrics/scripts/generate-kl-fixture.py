"""KL, reverse KL and W2 of DDIM on a Gaussian source along VE schedules, at 60 significant digits.

An independent route to klsched's closed form: the per-step DDIM multiplier
G = (a_to a_from lam + s_to s_from) / (a_from^2 lam + s_from^2) (theory §5 “Many steps: the Euler–Maclaurin expansion” section 2, direct form,
not the polar one klsched uses) multiplied out in mpmath. VE levels (alpha = 1, sigma = s) are given as
float64 values printed with repr, so klsched evaluates exactly the same inputs.

Regenerate with `python3 scripts/generate-kl-fixture.py > src/fixtures/kl.json`.
"""
import json
import mpmath as mp

mp.mp.dps = 60


def karras(n, smin, smax, rho=7.0):
    # computed in float64, like klsched; only the resulting floats matter
    a, b = smax ** (1 / rho), smin ** (1 / rho)
    return [(a + (i / (n - 1) if n > 1 else 0) * (b - a)) ** rho for i in range(n)]


def ddim_output(lam, levels, prior, mu):
    """levels: VE sigmas, noisiest first; returns (var_out, mean_err, target_var)."""
    lam, mu = mp.mpf(lam), mp.mpf(mu)
    s = [mp.mpf(x) for x in levels]
    r0 = lam + s[0] ** 2
    if prior == "exact":
        var, mean = r0, mu  # alpha = 1 on VE: the marginal mean is mu
    else:
        var, mean = s[0] ** 2, mp.mpf(0)
    for k in range(len(s) - 1):
        g = (lam + s[k + 1] * s[k]) / (lam + s[k] ** 2)
        var *= g * g
        mean = mu + g * (mean - mu)
    target = lam + s[-1] ** 2
    return var, mean - mu, target


def divergences(lam, levels, prior, mu=0.0):
    v, dm, r = ddim_output(lam, levels, prior, mu)
    ratio = r / v
    kl = (ratio - 1 - mp.log(ratio) + dm ** 2 / v) / 2
    klr = (1 / ratio - 1 + mp.log(ratio) + dm ** 2 / r) / 2
    w2 = (mp.sqrt(v) - mp.sqrt(r)) ** 2 + dm ** 2
    return {"kl": kl, "klReverse": klr, "w2sq": w2, "delta": mp.log(v / r)}


cases = []


def add(name, lam, levels, prior, mu=0.0):
    d = divergences(lam, levels, prior, mu)
    cases.append({
        "name": name, "lambda": repr(lam), "levels": [repr(x) for x in levels], "prior": prior, "mean": repr(mu),
        **{k: mp.nstr(v, 25) for k, v in d.items()},
    })


# |delta| ~ 1e-12: two close levels, exact prior, no clean level
add("tiny-delta", 1.0, [1.0, 1.0 - 2e-6], "exact")
add("small-delta", 1.0, [1.0, 0.999], "exact")
# many steps: N = 1000 and N = 200 Karras, exact prior, clean level appended
add("karras-1000", 1.0, karras(1000, 0.002, 80.0) + [0.0], "exact")
add("karras-200-wide", 3e-5, karras(200, 0.002, 80.0) + [0.0], "exact")
# standard prior and the mean term
add("standard-prior-mean", 0.7, karras(10, 0.002, 80.0) + [0.0], "standard", 1.3)
# large |delta|: huge and tiny eigenvalues, few steps
add("huge-eigenvalue", 1e24, karras(4, 0.002, 80.0) + [0.0], "standard")
add("tiny-eigenvalue", 1e-10, karras(4, 0.002, 80.0) + [0.0], "exact")
add("one-step", 2.0, [80.0, 0.0], "exact")
add("one-step-standard", 0.05, [80.0, 0.0], "standard", -0.4)

print(json.dumps({"generator": "scripts/generate-kl-fixture.py (mpmath, 60 digits)", "cases": cases}, indent=1))
