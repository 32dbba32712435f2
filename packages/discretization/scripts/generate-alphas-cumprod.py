"""alphas_cumprod of diffusers' DDPMScheduler, re-derived in numpy float32 from the reference arithmetic.

diffusers: betas = torch.linspace(start, end, T, dtype=float32) (linear), the same on sqrt(beta) then
squared (scaled_linear), or betas_for_alpha_bar in float64 cast to float32 (squaredcos_cap_v2);
alphas = 1 - betas (float32); alphas_cumprod = torch.cumprod(alphas) (CPU: float64 accumulator,
each output rounded to float32). torch.linspace on CPU: step = (end - start)/(steps - 1) in float32,
start + step*i below steps//2, end - step*(steps - 1 - i) from there on.

Regenerate with `python3 scripts/generate-alphas-cumprod.py > src/fixtures/alphas-cumprod.json`.
"""
import json
import math
import numpy as np

f32 = np.float32


def torch_linspace_f32(start, end, steps):
    a, b = f32(start), f32(end)
    step = f32(f32(b - a) / f32(steps - 1))
    half = steps // 2
    out = np.empty(steps, dtype=np.float32)
    for i in range(steps):
        out[i] = f32(a + f32(step * f32(i))) if i < half else f32(b - f32(step * f32(steps - 1 - i)))
    return out


def cosine_betas(T):
    fn = lambda t: math.cos((t + 0.008) / 1.008 * math.pi / 2) ** 2
    return np.array([min(1 - fn((i + 1) / T) / fn(i / T), 0.999) for i in range(T)], dtype=np.float32)


def cumprod(betas):
    alphas = (f32(1.0) - betas).astype(np.float32)
    return np.cumprod(alphas.astype(np.float64)).astype(np.float32)


T = 1000
schedules = {
    "linear": cumprod(torch_linspace_f32(1e-4, 0.02, T)),
    "scaled_linear": cumprod((torch_linspace_f32(math.sqrt(0.00085), math.sqrt(0.012), T) ** 2).astype(np.float32)),
    "cosine": cumprod(cosine_betas(T)),
}
print(json.dumps({
    "generator": "scripts/generate-alphas-cumprod.py (numpy %s, float32)" % np.__version__,
    "T": T,
    **{k: [float(x) for x in v] for k, v in schedules.items()},
}))
