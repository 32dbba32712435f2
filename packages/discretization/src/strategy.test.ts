import { describe, expect, it } from "vitest";
import { scheduleFromSigmas, scheduleFromTimesteps } from "./custom-levels.js";
import { laplaceSigmas } from "./kdiffusion/sigma-schedules.js";
import { parseProcess } from "./process-spec.js";
import { parseReproducedStrategy, reproducedSchedule } from "./reproduced/reproduced-schedule.js";
import { sigmasOf, withoutCleanLevel } from "./schedule.js";
import { parseStrategy, strategySchedule } from "./strategy.js";

/** k-diffusion `get_sigmas_karras(n, sigma_min, sigma_max, rho)`, transcribed from its published formula. */
function kdiffusionKarras(n: number, sigmaMin: number, sigmaMax: number, rho: number): number[] {
  const minInv = sigmaMin ** (1 / rho);
  const maxInv = sigmaMax ** (1 / rho);
  const ramp = Array.from({ length: n }, (_, i) => (n === 1 ? 0 : i / (n - 1)));
  return [...ramp.map((r) => (maxInv + r * (minInv - maxInv)) ** rho), 0];
}

/** ComfyUI `kl_optimal_scheduler(n, sigma_min, sigma_max)`, transcribed from its published formula. */
function comfyKlOptimal(n: number, sigmaMin: number, sigmaMax: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = i / (n - 1);
    out.push(Math.tan(a * Math.atan(sigmaMin) + (1 - a) * Math.atan(sigmaMax)));
  }
  return [...out, 0];
}

const relativelyEqual = (got: ArrayLike<number>, want: number[], tolerance: number) => {
  expect(got.length).toBe(want.length);
  want.forEach((w, i) => {
    const g = got[i] as number;
    expect(w === 0 ? Math.abs(g) : Math.abs(g - w) / Math.abs(w)).toBeLessThanOrEqual(tolerance);
  });
};

const schedule = (process: string, strategy: string, steps: number) => {
  const spec = parseStrategy(strategy);
  return strategySchedule(parseProcess(process), spec.strategy, steps, spec.options);
};

describe("parity with the tools people use", () => {
  it.each([2, 4, 10, 25, 50])("karras:rho=7 on edm equals k-diffusion's get_sigmas_karras to 1e-12 (N = %i)", (n) => {
    relativelyEqual(sigmasOf(schedule("edm", "karras:rho=7", n)), kdiffusionKarras(n, 0.002, 80, 7), 1e-12);
  });

  it("karras on sd15 equals get_sigmas_karras with the model's σ_min, σ_max", () => {
    const p = parseProcess("sd15");
    relativelyEqual(sigmasOf(schedule("sd15", "karras:rho=7", 20)), kdiffusionKarras(20, p.s(0), p.s(999), 7), 1e-12);
  });

  it.each([2, 4, 10, 25, 50])("tangent:c=1 on edm equals ComfyUI's kl_optimal to 1e-12 (N = %i)", (n) => {
    relativelyEqual(sigmasOf(schedule("edm", "tangent:c=1", n)), comfyKlOptimal(n, 0.002, 80), 1e-12);
  });
});

describe("strategies", () => {
  it("every strategy on every process gives N strictly decreasing noisy levels from t_start, then the clean level", () => {
    for (const process of ["edm", "vp", "ddpm", "sd15"]) {
      const p = parseProcess(process);
      for (const strategy of [
        "uniform",
        "quadratic",
        "polynomial:p=3",
        "logsnr",
        "exponential",
        "karras",
        "karras:rho=3",
        "tangent:c=0.5",
      ]) {
        for (const n of [1, 2, 7, 50]) {
          const s = schedule(process, strategy, n);
          expect(s.t.length).toBe(n + 1);
          expect(s.t[0]).toBeCloseTo(p.tStart, 9);
          if (n > 1) expect(s.t[n - 1]).toBeCloseTo(p.tEnd, 9);
          expect(s.t[n]).toBe(p.tClean);
          for (let k = 1; k <= n; k++) expect(s.t[k]).toBeLessThan(s.t[k - 1] as number);
        }
      }
    }
  });

  it("logsnr and exponential are the same schedule (logSNR = −2 ln s)", () => {
    for (const process of ["edm", "vp", "sd15"]) {
      relativelyEqual(
        sigmasOf(schedule(process, "logsnr", 12)),
        Array.from(sigmasOf(schedule(process, "exponential", 12))),
        1e-13,
      );
    }
  });

  it("uniform on ddpm visits evenly spaced fractional training timesteps; round makes them integers", () => {
    const s = schedule("ddpm", "uniform", 4);
    expect(Array.from(s.t)).toEqual([999, 666, 333, 0, -1]);
    const q = strategySchedule(parseProcess("ddpm"), { kind: "karras", rho: 7 }, 10, { round: true });
    for (let k = 0; k < 10; k++) expect(Number.isInteger(q.t[k])).toBe(true);
    expect(() => strategySchedule(parseProcess("edm"), { kind: "uniform" }, 4, { round: true })).toThrow(/discrete/);
  });

  it("polynomial:p=2 is quadratic, and p = 1 is uniform", () => {
    expect(Array.from(schedule("vp", "polynomial:p=2", 9).t)).toEqual(Array.from(schedule("vp", "quadratic", 9).t));
    const linear = schedule("ddpm", "polynomial:p=1", 7).t;
    const uniform = schedule("ddpm", "uniform", 7).t;
    linear.forEach((t, k) => {
      expect(t).toBeCloseTo(uniform[k] as number, 10);
    });
  });

  it("quadratic is dense near the clean end: t = t_end + (t_start − t_end)(1 − u)²", () => {
    const s = schedule("vp", "quadratic", 3);
    expect(s.t[1]).toBeCloseTo(1e-3 + (1 - 1e-3) * 0.25, 15);
  });

  it("flow uses the grid u = k/N whose last point is the clean level, with α = 0 first", () => {
    const s = schedule("flow", "uniform", 4);
    expect(Array.from(s.t)).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(s.alpha[0]).toBe(0);
    expect(sigmasOf(s)[0]).toBe(Number.POSITIVE_INFINITY);
    const tangent = schedule("flow", "tangent:c=1", 4);
    expect(tangent.alpha[0]).toBe(0);
    expect(tangent.t[4]).toBe(0);
  });

  it("flow's shift maps every level as SD3 does, and is refused elsewhere", () => {
    const s = schedule("flow", "uniform:shift=3", 4);
    expect(s.t[2]).toBeCloseTo(0.75, 15);
    expect(() => schedule("edm", "uniform:shift=3", 4)).toThrow(/only to flow/);
  });

  it("karras and exponential need a finite s range, so they are refused on flow", () => {
    expect(() => schedule("flow", "karras", 4)).toThrow(/finite positive/);
    expect(() => schedule("flow", "exponential", 4)).toThrow(/finite positive/);
  });

  it("parseStrategy rejects unknown kinds and keys and bad parameters", () => {
    for (const bad of ["linear", "karras:rh=7", "karras:rho=0", "tangent", "tangent:c=-1", "uniform:c=1", "karras:rho=abc"]) {
      expect(() => parseStrategy(bad)).toThrow(/strategy/);
    }
  });

  it("laplace:mu=…,beta=… is the Laplace strategy's own μ, not the flow option mu (the CLI reference, Strategies)", () => {
    const spec = parseReproducedStrategy("laplace:mu=0.5,beta=0.6");
    expect(spec.strategy).toEqual({ kind: "laplace", mu: 0.5, beta: 0.6 });
    expect(spec.options).toEqual({});
    const p = parseProcess("sd15");
    const got = reproducedSchedule(p, spec.strategy, 10, spec.options);
    expect(Array.from(got.sigmas)).toEqual(Array.from(laplaceSigmas(10, p.s(0), p.s(999), 0.5, 0.6)));
    expect(() => parseReproducedStrategy("laplace:mu=11")).toThrow(/laplace\.mu/);
    expect(() => parseReproducedStrategy("laplace:seqlen=4096")).toThrow(/unknown key "seqlen" for laplace/);
    expect(parseReproducedStrategy("diffusers-flow:pipeline=flux,mu=0.5").options).toEqual({ mu: 0.5 });
    expect(parseReproducedStrategy("comfy:name=simple,seqlen=4096").options.mu).toBeCloseTo(1.15, 12);
    const comfy = parseReproducedStrategy("comfy:name=simple,mu=0.5");
    expect(() => reproducedSchedule(parseProcess("sd15"), comfy.strategy, 4, comfy.options)).toThrow(
      /^mu=0\.5: applies only to flow/,
    );
  });

  it("N < 1 and non-integer N are refused", () => {
    expect(() => schedule("edm", "uniform", 0)).toThrow(/steps/);
    expect(() => schedule("edm", "uniform", 2.5)).toThrow(/steps/);
  });
});

describe("custom levels", () => {
  it("scheduleFromSigmas appends the clean level when missing and maps σ/α to process time", () => {
    const s = scheduleFromSigmas(parseProcess("vp"), [10, 1, 0.1]);
    expect(s.t.length).toBe(4);
    expect(sigmasOf(s)[1]).toBeCloseTo(1, 12);
    expect(sigmasOf(s)[3]).toBe(0);
    expect(scheduleFromSigmas(parseProcess("edm"), [80, 1, 0]).t.length).toBe(3);
  });

  it("scheduleFromSigmas refuses levels that do not decrease, negative levels, and ∞ where α never reaches 0", () => {
    expect(() => scheduleFromSigmas(parseProcess("edm"), [1, 2])).toThrow(/decrease/);
    expect(() => scheduleFromSigmas(parseProcess("edm"), [1, 1])).toThrow(/decrease/);
    expect(() => scheduleFromSigmas(parseProcess("edm"), [1, -1])).toThrow(/non-negative/);
    expect(() => scheduleFromSigmas(parseProcess("edm"), [Number.POSITIVE_INFINITY, 1])).toThrow(/never reaches/);
    expect(scheduleFromSigmas(parseProcess("flow"), [Number.POSITIVE_INFINITY, 1]).alpha[0]).toBe(0);
  });

  it("scheduleFromSigmas takes float32-rounded ends of a discrete model's range as those ends, and refuses more", () => {
    const p = parseProcess("sd15");
    const top = Math.fround(p.s(999));
    const bottom = Math.fround(p.s(0));
    expect(top).toBeGreaterThan(p.s(999));
    expect(bottom).toBeLessThan(p.s(0));
    const s = scheduleFromSigmas(p, [top, 1, bottom]);
    expect(Array.from(s.t)).toEqual([999, p.tFromS(1), 0, -1]);
    // A1111's AYS table rounds σ_max to 14.615, 2.4e-5 above it: not float32 rounding, so refused here
    // (the ays:front=a1111 strategy places it at the start with a note, as A1111 does).
    expect(() => scheduleFromSigmas(p, [14.615, 1])).toThrow(/outside the model's range/);
  });

  it("scheduleFromTimesteps takes training timesteps of a discrete model and appends the clean level", () => {
    const s = scheduleFromTimesteps(parseProcess("ddpm"), [999, 500, 0]);
    expect(Array.from(s.t)).toEqual([999, 500, 0, -1]);
    expect(() => scheduleFromTimesteps(parseProcess("ddpm"), [1000, 0])).toThrow(/outside/);
    expect(() => scheduleFromTimesteps(parseProcess("ddpm"), [5, 10])).toThrow(/decrease/);
    expect(() => scheduleFromTimesteps(parseProcess("edm"), [5])).toThrow(/discrete/);
  });

  it("withoutCleanLevel drops the clean level and needs one step left", () => {
    expect(withoutCleanLevel(schedule("edm", "karras", 5)).t.length).toBe(5);
    expect(() => withoutCleanLevel(schedule("edm", "karras", 1))).toThrow(/two noisy levels/);
  });
});
