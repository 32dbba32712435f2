"""Reference schedules of diffusers, ComfyUI, k-diffusion, A1111 and the AYS/GITS tables, re-derived in numpy.

Each function transcribes the documented formula of its source, emulating float32 where the tool computes in
float32 torch (torch is not needed): every float32 operation is a numpy float32 operation, transcendental
functions are evaluated in float64 and rounded to float32 once (PyTorch's SLEEF kernels are within 1 ulp of
that), torch.linspace(float32) is the two-sided CPU kernel, torch.cumprod accumulates in float64.

Sources (read for this script):
- diffusers @ 58eb52c0803ea9af3abec60841c2a093bdf1f951: schedulers/scheduling_ddim.py (set_timesteps,
  rescale_zero_terminal_snr), scheduling_euler_discrete.py (set_timesteps, _sigma_to_t, _convert_to_karras,
  _convert_to_exponential, _convert_to_beta), scheduling_dpmsolver_multistep.py (set_timesteps, _convert_to_lu),
  scheduling_flow_match_euler_discrete.py (__init__, set_timesteps, _time_shift_exponential),
  pipelines/flux/pipeline_flux.py (calculate_shift, sigmas = linspace(1, 1/N, N)).
- ComfyUI master of Nov 2025 (mirror commit 63797f645d31f686677b36eab0dddc61db69ada2): comfy/samplers.py
  (simple, ddim, normal/sgm_uniform, beta, linear_quadratic, kl_optimal schedulers), comfy/model_sampling.py
  (ModelSamplingDiscrete, ModelSamplingDiscreteFlow, time_snr_shift), comfy/ldm/modules/diffusionmodules/util.py
  (make_beta_schedule), comfy/k_diffusion/sampling.py (get_sigmas_karras/exponential/laplace),
  comfy_extras/nodes_align_your_steps.py and nodes_gits.py (NOISE_LEVELS, loglinear_interp).
- k-diffusion @ 4601bf085320592473f681a62808ed873d17fad5: k_diffusion/sampling.py (get_sigmas_polyexponential,
  get_sigmas_vp).
- A1111 stable-diffusion-webui v1.10 modules/sd_schedulers.py (get_align_your_steps_sigmas, beta_scheduler).
- ermongroup/ddim runners/diffusion.py (skip_type uniform / quad).
The AYS and GITS tables are read from src/tables/noise-level-tables.ts (machine transcription of ComfyUI's).

Regenerate with `python3 scripts/generate-reference-schedules.py > src/fixtures/reference-schedules.json`.
"""
import ast
import json
import math
import os
import re
import numpy as np
import scipy
from scipy.stats import beta as beta_dist

f32 = np.float32
STEPS = [1, 2, 10, 25, 50]


def torch_linspace_f32(start, end, steps):
    a, b = f32(start), f32(end)
    if steps == 1:
        return np.array([a], dtype=np.float32)
    step = f32(f32(b - a) / f32(steps - 1))
    half = steps // 2
    return np.array([f32(a + f32(step * f32(i))) if i < half else f32(b - f32(step * f32(steps - 1 - i)))
                     for i in range(steps)], dtype=np.float32)


def torch_linspace_f64(start, end, steps):
    step = (end - start) / (steps - 1)
    half = steps // 2
    return np.array([start + step * i if i < half else end - step * (steps - 1 - i) for i in range(steps)])


def flog(x):  # float32 log, correctly rounded
    return f32(np.log(np.float64(x)))


def fexp(x):
    return f32(np.exp(np.float64(x)))


# ---- training schedules -------------------------------------------------------------------------------
def diffusers_scaled_linear(T=1000, start=0.00085, end=0.012):
    r = torch_linspace_f32(math.sqrt(start), math.sqrt(end), T)
    return (r * r).astype(np.float32)


def cumprod_f32(betas):
    return np.cumprod((f32(1) - betas.astype(np.float32)).astype(np.float64)).astype(np.float32)


def rescale_zero_terminal_snr(betas):
    ac = cumprod_f32(betas)
    root = np.sqrt(ac).astype(np.float32)
    a0, aT = root[0], root[-1]
    scale = f32(a0 / f32(a0 - aT))
    shifted = ((root - aT).astype(np.float32) * scale).astype(np.float32)
    bar = (shifted * shifted).astype(np.float32)
    alphas = np.concatenate([bar[:1], (bar[1:] / bar[:-1]).astype(np.float32)])
    return (f32(1) - alphas).astype(np.float32)


def comfy_alphas_cumprod(T=1000, start=0.00085, end=0.012):
    betas = torch_linspace_f64(start ** 0.5, end ** 0.5, T) ** 2
    return np.cumprod(1.0 - betas)


# ---- diffusers -----------------------------------------------------------------------------------------
def d_table(ac):
    ac = np.where(ac == 0, f32(2 ** -24), ac).astype(np.float32)
    sig = np.sqrt(((f32(1) - ac) / ac).astype(np.float32)).astype(np.float32)
    return sig, np.array([flog(s) for s in sig], dtype=np.float32)


def sigma_to_t(sigma, log_sigmas):
    log_sigma = np.log(np.maximum(sigma, 1e-10))
    dists = log_sigma - log_sigmas[:, np.newaxis].astype(np.float64)
    low = int(np.cumsum(dists >= 0, axis=0).argmax(axis=0).clip(max=log_sigmas.shape[0] - 2)[0])
    lo, hi = log_sigmas[low], log_sigmas[low + 1]
    w = np.clip((np.float64(lo) - log_sigma) / np.float64(f32(lo - hi)), 0, 1)
    return float((1 - w) * low + w * (low + 1))


def karras(smin, smax, n):
    ramp = np.linspace(0, 1, n)
    return (smax ** (1 / 7.0) + ramp * (smin ** (1 / 7.0) - smax ** (1 / 7.0))) ** 7.0


def expo(smin, smax, n):
    return np.exp(np.linspace(math.log(smax), math.log(smin), n))


def beta_sig(smin, smax, n, a=0.6, b=0.6):
    return np.array([smin + beta_dist.ppf(t, a, b) * (smax - smin) for t in 1 - np.linspace(0, 1, n)])


def ddim(T, N, spacing, offset=0):
    if spacing == "linspace":
        return np.linspace(0, T - 1, N).round()[::-1].astype(np.int64)
    if spacing == "leading":
        return (np.arange(0, N) * (T // N)).round()[::-1].astype(np.int64) + offset
    return np.round(np.arange(T, 0, -T / N)).astype(np.int64) - 1


def euler(ac, N, spacing, family="default", final="zero", offset=0):
    T = len(ac)
    tab, logs = d_table(ac)
    if spacing == "linspace":
        ts = np.linspace(0, T - 1, N, dtype=np.float32)[::-1].copy()
    elif spacing == "leading":
        ts = (np.arange(0, N) * (T // N)).round()[::-1].copy().astype(np.float32) + f32(offset)
    else:
        ts = np.arange(T, 0, -T / N).round().copy().astype(np.float32) - f32(1)
    sig = np.interp(ts, np.arange(0, T), tab)
    if family != "default":
        smin, smax = float(sig[-1]), float(sig[0])
        sig = {"karras": karras, "exponential": expo, "beta": beta_sig}[family](smin, smax, N)
        ts = np.array([sigma_to_t(s, logs) for s in sig])
    last = 0.0 if final == "zero" else float(tab[0])
    return np.concatenate([sig, [last]]).astype(np.float32), ts.astype(np.float32)


def dpm(ac, N, spacing, family="default", offset=0):
    T = len(ac)
    tab, logs = d_table(ac)
    if spacing == "linspace":
        ts = np.linspace(0, T - 1, N + 1).round()[::-1][:-1].copy().astype(np.int64)
    elif spacing == "leading":
        ts = (np.arange(0, N + 1) * (T // (N + 1))).round()[::-1][:-1].copy().astype(np.int64) + offset
    else:
        ts = np.arange(T, 0, -T / N).round().copy().astype(np.int64) - 1
    if family == "default":
        sig = np.interp(ts, np.arange(0, T), tab)
    else:
        smin, smax = float(tab[0]), float(tab[-1])
        if family == "lu":
            lmin, lmax = float(logs[0]), float(logs[-1])
            sig = np.exp(lmax + np.linspace(0, 1, N) * (lmin - lmax))
        else:
            sig = {"karras": karras, "exponential": expo, "beta": beta_sig}[family](smin, smax, N)
        ts = np.array([sigma_to_t(s, logs) for s in sig])
        if family in ("karras", "lu"):
            ts = ts.round()
    return np.concatenate([sig, [0.0]]).astype(np.float32), ts.astype(np.int64)


def flow_match(N, pipeline, shift=None, mu=None):
    T = 1000
    if pipeline == "sd3":
        init = (np.arange(1, T + 1, dtype=np.float32) / f32(T)).astype(np.float32)
        if mu is None:
            init = (f32(shift) * init / (f32(1) + f32(shift - 1) * init)).astype(np.float32)
        smax, smin = float(init[-1]), float(init[0])
        s = np.linspace(smax * T, smin * T, N) / T
        s = math.exp(mu) / (math.exp(mu) + (1 / s - 1)) if mu is not None else shift * s / (1 + (shift - 1) * s)
        s = s.astype(np.float32)
    else:
        s = np.linspace(1.0, 1 / N, N).astype(np.float32)
        if mu is not None:
            e = f32(math.exp(mu))
            s = (e / (e + (f32(1) / s - f32(1)))).astype(np.float32)
        else:
            s = (f32(shift) * s / (f32(1) + f32(shift - 1) * s)).astype(np.float32)
    ts = (s * f32(T)).astype(np.float32)
    return np.concatenate([s, [0]]).astype(np.float32), ts


# ---- ComfyUI -------------------------------------------------------------------------------------------
class ComfyDiscrete:
    def __init__(self, ac):
        s64 = np.sqrt((1 - ac) / ac)
        self.sigmas = s64.astype(np.float32)
        self.logs = np.log(s64).astype(np.float32)

    def sigma(self, t):
        t = f32(min(max(f32(t), 0), len(self.sigmas) - 1))
        lo, hi, w = int(np.floor(t)), int(np.ceil(t)), f32(t - np.trunc(t))
        return fexp(f32(f32(f32(1) - w) * self.logs[lo]) + f32(w * self.logs[hi]))

    def timestep(self, s):
        return int(np.abs((flog(f32(s)) - self.logs).astype(np.float32)).argmin())


class ComfyFlow:
    def __init__(self, shift):
        self.shift = shift
        self.sigmas = np.array([self.sigma(f32(f32(f32(i) / f32(1000)) * f32(1000))) for i in range(1, 1001)], dtype=np.float32)

    def sigma(self, ts):
        t = f32(f32(ts) / f32(1000))
        if self.shift == 1.0:
            return t
        return f32(f32(f32(self.shift) * t) / f32(f32(1) + f32(f32(self.shift - 1) * t)))

    def timestep(self, s):
        return f32(f32(s) * f32(1000))


def comfy(ms, name, steps):
    T = len(ms.sigmas)
    smin, smax = float(ms.sigmas[0]), float(ms.sigmas[-1])
    if name == "simple":
        ss = T / steps
        return [float(ms.sigmas[-(1 + int(x * ss))]) for x in range(steps)] + [0.0]
    if name in ("normal", "sgm_uniform"):
        start, end = ms.timestep(smax), ms.timestep(smin)
        if name == "sgm_uniform":
            ts = torch_linspace_f32(start, end, steps + 1)[:-1]
        else:
            ts = torch_linspace_f32(start, end, steps)
        return [float(ms.sigma(t)) for t in ts] + [0.0]
    if name == "ddim_uniform":
        sigs, x, ss = [0.0], 1, max(T // steps, 1)
        while x < T:
            sigs.append(float(ms.sigmas[x]))
            x += ss
        return sigs[::-1]
    if name == "beta":
        ts = np.rint(beta_dist.ppf(1 - np.linspace(0, 1, steps, endpoint=False), 0.6, 0.6) * (T - 1))
        sigs, last = [], -1
        for t in ts:
            if t != last:
                sigs.append(float(ms.sigmas[int(t)]))
            last = t
        return sigs + [0.0]
    if name == "linear_quadratic":
        if steps == 1:
            sched = [1.0, 0.0]
        else:
            ls = steps // 2
            lin = [i * 0.025 / ls for i in range(ls)]
            diff = ls - 0.025 * steps
            qs = steps - ls
            qc = diff / (ls * qs ** 2)
            lc = 0.025 / ls - 2 * diff / (qs ** 2)
            const = qc * (ls ** 2)
            sched = [1.0 - x for x in lin + [qc * (i ** 2) + lc * i + const for i in range(ls, steps)] + [1.0]]
        return [float(f32(f32(x) * f32(smax))) for x in sched]
    if name == "kl_optimal":
        u = (np.arange(steps, dtype=np.float32) / f32(steps - 1)).astype(np.float32)
        x = (u * f32(math.atan(smin))).astype(np.float32) + ((f32(1) - u) * f32(math.atan(smax))).astype(np.float32)
        return [float(f32(np.tan(np.float64(v)))) for v in x.astype(np.float32)] + [0.0]
    if name == "karras":
        ramp = torch_linspace_f32(0, 1, steps)
        mi, ma = smin ** (1 / 7.0), smax ** (1 / 7.0)
        base = (f32(ma) + (ramp * f32(mi - ma)).astype(np.float32)).astype(np.float32)
        return [float(f32(np.float64(b) ** 7.0)) for b in base] + [0.0]
    if name == "exponential":
        return [float(fexp(v)) for v in torch_linspace_f32(math.log(smax), math.log(smin), steps)] + [0.0]


def loglinear_interp(t_steps, num_steps):
    xs = np.linspace(0, 1, len(t_steps))
    ys = np.log(t_steps[::-1])
    return np.exp(np.interp(np.linspace(0, 1, num_steps), xs, ys))[::-1].copy()


def read_tables():
    text = open(os.path.join(os.path.dirname(__file__), "..", "src", "tables", "noise-level-tables.ts")).read()
    def block(name):
        body = text[text.index(name):]
        body = body[body.index("{"):body.index("};") + 1] if "};" in body[:body.index("} as const") + 2 if "} as const" in body else len(body)] else body[body.index("{"):body.index("} as const") + 1]
        body = re.sub(r"(\w+):", r'"\1":', body)
        return ast.literal_eval(body.replace("\n", ""))
    return block("AYS_COMFY_TABLES"), block("GITS_TABLES")


def kdiff_poly(n, smin, smax, rho):
    ramp = torch_linspace_f32(1, 0, n)
    ramp = ramp if rho == 1 else np.array([f32(np.float64(r) ** rho) for r in ramp], dtype=np.float32)
    span, lmin = f32(math.log(smax) - math.log(smin)), f32(math.log(smin))
    return [float(fexp(f32(f32(r * span) + lmin))) for r in ramp] + [0.0]


def laplace(n, smin, smax, mu=0.0, b=0.5):
    out = []
    for x in torch_linspace_f32(0, 1, n):
        d = f32(f32(0.5) - x)
        lg = flog(f32(f32(f32(1) - f32(2 * abs(d))) + f32(1e-5)))
        lam = f32(f32(mu) - f32(f32(f32(b) * np.sign(d)) * lg))
        out.append(float(min(max(fexp(lam), f32(smin)), f32(smax))))
    return out


def main():
    ays, gits = read_tables()
    sd15_ac = cumprod_f32(diffusers_scaled_linear())
    zsnr_ac = cumprod_f32(rescale_zero_terminal_snr(diffusers_scaled_linear()))
    comfy_ac = comfy_alphas_cumprod()
    sd15_s = np.sqrt((1 - sd15_ac.astype(np.float64)) / sd15_ac.astype(np.float64))
    cases = []

    def add(process, strategy, n, sigmas, timesteps=None):
        cases.append({"process": process, "strategy": strategy, "steps": n, "sigmas": [float(x) for x in sigmas],
                      "timesteps": None if timesteps is None else [float(x) for x in timesteps]})

    for n in STEPS:
        for sp in ("linspace", "leading", "trailing"):
            add("sd15", f"diffusers-ddim:spacing={sp}", n, [], ddim(1000, n, sp))
            s, t = euler(sd15_ac, n, sp)
            add("sd15", f"diffusers-euler:spacing={sp}", n, s, t)
            s, t = dpm(sd15_ac, n, sp)
            add("sd15", f"diffusers-dpm:spacing={sp}", n, s, t)
        add("sd15", "diffusers-ddim:spacing=leading,offset=1", n, [], ddim(1000, n, "leading", 1))
        for fam in ("karras", "exponential", "beta"):
            s, t = euler(sd15_ac, n, "linspace", fam)
            add("sd15", f"diffusers-euler:sigmas={fam}", n, s, t)
        s, t = euler(sd15_ac, n, "leading", "karras", "sigma_min", 1)
        add("sd15", "diffusers-euler:spacing=leading,offset=1,sigmas=karras,final=sigma_min", n, s, t)
        s, t = euler(zsnr_ac, n, "trailing")
        add("sd15:zsnr=zero", "diffusers-euler:spacing=trailing", n, s, t)
        for fam in ("karras", "exponential", "beta", "lu"):
            s, t = dpm(sd15_ac, n, "linspace", fam)
            add("sd15", f"diffusers-dpm:sigmas={fam}", n, s, t)
        s, t = flow_match(n, "sd3", shift=3.0)
        add("flow", "diffusers-flow:shift=3", n, s, t)
        s, t = flow_match(n, "sd3", shift=1.0)
        add("flow", "diffusers-flow", n, s, t)
        s, t = flow_match(n, "flux", mu=1.15)
        add("flow", "diffusers-flow:pipeline=flux,mu=1.15", n, s, t)
        cd = ComfyDiscrete(comfy_ac)
        for name in ("normal", "simple", "sgm_uniform", "ddim_uniform", "beta", "linear_quadratic", "kl_optimal", "karras", "exponential"):
            if name == "kl_optimal" and n == 1:
                continue
            sig = comfy(cd, name, n)
            add("comfy", f"comfy:name={name}", n, sig, [cd.timestep(s) for s in sig[:-1]])
        cf = ComfyFlow(3.0)
        for name in ("simple", "normal", "beta"):
            sig = comfy(cf, name, n)
            add("flow", f"comfy:name={name},shift=3", n, sig, [cf.timestep(s) for s in sig[:-1]])
        smin, smax = float(sd15_s[0]), float(sd15_s[-1])
        add("sd15", "polyexponential", n, kdiff_poly(n, smin, smax, 1.0))
        add("sd15", "polyexponential:rho=2", n, kdiff_poly(n, smin, smax, 2.0))
        add("sd15", "beta", n, [float(f32(x)) for x in beta_sig(smin, smax, n)] + [0.0])
        add("sd15", "laplace", n, laplace(n, smin, smax))
        for model, key in (("sd1", "SD1"), ("sdxl", "SDXL")):
            t = ays[key]
            sig = t[:] if n + 1 == len(t) else loglinear_interp(t, n + 1)
            sig = [float(f32(x)) for x in sig]
            sig[-1] = 0.0
            add("sd15", f"ays:model={model}", n, sig)
        a1111 = [14.615, 6.475, 3.861, 2.697, 1.886, 1.396, 0.963, 0.652, 0.399, 0.152, 0.029]
        sig = np.append(loglinear_interp(a1111, n), [0.0]) if n != len(a1111) else a1111 + [0.0]
        add("sd15", "ays:model=sd1,front=a1111", n, [float(f32(x)) for x in sig])
        t = ays["SVD"]
        sig = [float(f32(x)) for x in (t[:] if n + 1 == len(t) else loglinear_interp(t, n + 1))]
        sig[-1] = 0.0
        add("ve:smin=0.002,smax=700", "ays:model=svd", n, sig)
        if n >= 2:
            rows = gits["1.20"]
            sig = rows[n - 2][:] if n <= 20 else loglinear_interp(rows[-1], n + 1)
            sig = [float(f32(x)) for x in sig]
            sig[-1] = 0.0
            add("sd15", "gits:coeff=1.2", n, sig)
    print(json.dumps({
        "generator": "scripts/generate-reference-schedules.py (numpy %s, scipy %s)" % (np.__version__, scipy.__version__),
        "steps": STEPS,
        "zsnrAlphasCumprod": [float(x) for x in zsnr_ac],
        "cases": cases,
    }))


main()
