import { describe, expect, it } from "vitest";
import fixture from "./fixtures/reference-schedules.json" with { type: "json" };
import { parseProcess } from "./process-spec.js";
import { parseReproducedStrategy, reproducedSchedule } from "./reproduced/reproduced-schedule.js";
import { sigmasOf } from "./schedule.js";
import { strategySchedule } from "./strategy.js";

const run = (process: string, strategy: string, steps: number) => {
  const spec = parseReproducedStrategy(strategy);
  return reproducedSchedule(parseProcess(process), spec.strategy, steps, spec.options);
};

const relativeError = (got: number, want: number) => (want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want));

describe("reproduced schedules equal the reference re-derivations (scripts/generate-reference-schedules.py)", () => {
  it.each(fixture.cases.map((c) => [c.strategy, c.process, c.steps, c] as const))(
    "%s on %s with N = %i equals its reference (sigmas to 1e-12, integer timesteps exactly)",
    (strategy, process, steps, c) => {
      const got = run(process, strategy, steps);
      if (c.sigmas.length > 0) {
        expect(got.sigmas.length).toBe(c.sigmas.length);
        c.sigmas.forEach((w, k) => {
          expect(relativeError(got.sigmas[k] as number, w)).toBeLessThanOrEqual(1e-12);
        });
      }
      if (c.timesteps !== null) {
        expect(got.timesteps?.length).toBe(c.timesteps.length);
        c.timesteps.forEach((w, k) => {
          const g = got.timesteps?.[k] as number;
          if (Number.isInteger(w)) expect(g).toBe(w);
          else expect(relativeError(g, w)).toBeLessThanOrEqual(1e-12);
        });
      }
    },
  );
});

describe("reproduced schedules on the process", () => {
  it("every level's σ/α equals the tool's sigma where it was placed by its sigma (to 1e-9)", () => {
    for (const [process, strategy] of [
      ["sd15", "diffusers-euler:sigmas=karras"],
      ["sd15", "gits"],
      ["comfy", "comfy:name=normal"],
    ] as const) {
      const got = run(process, strategy, 10);
      const s = sigmasOf(got.schedule);
      got.sigmas.forEach((w, k) => {
        expect(relativeError(s[k] as number, w)).toBeLessThanOrEqual(1e-6);
      });
    }
  });

  it("reproducedSchedule returns a reproduced strategy's levels; strategySchedule (own strategies) points to it", () => {
    const spec = parseReproducedStrategy("diffusers-ddim:spacing=trailing");
    const s = reproducedSchedule(parseProcess("sd15"), spec.strategy, 10, spec.options).schedule;
    expect(Array.from(s.t)).toEqual([999, 899, 799, 699, 599, 499, 399, 299, 199, 99, -1]);
    expect(() => strategySchedule(parseProcess("sd15"), spec.strategy as never, 10)).toThrow(
      /reproducedSchedule from @klsched\/discretization\/reproduced/,
    );
  });

  it("ZSNR: rescale_betas_zero_snr gives ᾱ_{T−1} = 0 (α = 0 at the first level); Euler uses 2⁻²⁴ (σ = 4096)", () => {
    const p = parseProcess("sd15:zsnr=zero");
    expect(p.alpha(999)).toBe(0);
    expect(p.s(999)).toBe(Number.POSITIVE_INFINITY);
    p.discrete?.alphasCumprod.forEach((a, i) => {
      expect(a).toBe(fixture.zsnrAlphasCumprod[i]);
    });
    const ddim = run("sd15:zsnr=zero", "diffusers-ddim:spacing=trailing", 4);
    expect(ddim.schedule.alpha[0]).toBe(0);
    const euler = run("sd15:zsnr=zero", "diffusers-euler:spacing=trailing", 4);
    expect(euler.sigmas[0]).toBeCloseTo(4096, 3);
    expect(euler.schedule.t[0]).toBe(999);
    const tiny = parseProcess("sd15:zsnr=tiny");
    expect(tiny.s(999)).toBeCloseTo(4096, 3);
    expect(p.tFromS(p.s(998.5))).toBeCloseTo(998.5, 10);
  });

  it("clamp notes fire only for levels beyond an end by more than float32 rounding (2⁻²² relative)", () => {
    const clamp = /lies (above|below)/;
    for (const strategy of [
      "diffusers-euler:sigmas=karras",
      "diffusers-euler:sigmas=beta",
      "diffusers-dpm:sigmas=exponential",
      "comfy:name=normal",
      "beta",
      "laplace",
    ]) {
      const got = run("sd15", strategy, 10);
      expect(got.notes.filter((n) => clamp.test(n))).toEqual([]);
      expect(got.schedule.t[0]).toBe(999);
    }
    expect(run("sd15", "diffusers-euler:sigmas=karras", 10).schedule.t[9]).toBe(0);
    const a1111 = run("sd15", "ays:front=a1111", 10).notes.filter((n) => clamp.test(n));
    expect(a1111).toHaveLength(2);
    expect(a1111[0]).toMatch(/σ\/α = 14\.614999.* lies above sd15's σ_max = 14\.6146466.* by 2\.4e-5 \(relative\)/);
    expect(run("sd15", "kdiffusion-vp", 10).notes.some((n) => clamp.test(n))).toBe(true);
  });

  it("zsnr=tiny is refused where the rescaled ᾱ_{T−2} lies below the tool's tiny ᾱ_{T−1} (its σ table would not be monotonic)", () => {
    expect(() => parseProcess("ddpm:zsnr=tiny")).toThrow(/^zsnr="tiny": .*2⁻²⁴.*ᾱ_998 = 4\.2\d*e-9.*not monotonic.*zsnr=zero/);
    expect(() => parseProcess("ddpm:zsnr=tiny")).not.toThrow(/\n/);
    expect(() => parseProcess("comfy:schedule=sqrt_linear,bstart=0.0001,bend=0.02,zsnr=true")).toThrow(
      /^zsnr=true: .*4\.897e-8.*not monotonic/,
    );
    expect(parseProcess("sd15:zsnr=tiny").s(999)).toBeCloseTo(4096, 3);
    expect(parseProcess("comfy:zsnr=true").s(999)).toBeCloseTo(4519, 0);
    // On a zsnr=zero process Euler and DPM-Solver substitute 2⁻²⁴ themselves, as diffusers does: reproduced,
    // with a note where their σ table then rises again at T−1.
    const euler = run("ddpm:zsnr=zero", "diffusers-euler:spacing=trailing", 5);
    expect(euler.sigmas[0]).toBeCloseTo(4096, 3);
    expect(euler.notes.some((n) => /2⁻²⁴.*not monotonic/.test(n))).toBe(true);
    expect(run("sd15:zsnr=zero", "diffusers-euler:spacing=trailing", 5).notes).toEqual([]);
  });

  it("N ≥ T: DDIM refuses more steps than training timesteps; Euler's linspace goes fractional", () => {
    expect(() => run("sd15", "diffusers-ddim", 1001)).toThrow(/refuses/);
    const euler = run("ddpm:T=10", "diffusers-euler", 15);
    expect(euler.timesteps?.length).toBe(15);
  });

  it("duplicated integer timesteps after rounding are kept as zero-length steps, with a note", () => {
    const quad = run("sd15", "ddim-paper:skip=quad", 50);
    expect(quad.notes.some((n) => /coincide/.test(n))).toBe(true);
    const leading = run("ddpm:T=10", "diffusers-ddim:spacing=leading", 10);
    expect(Array.from(leading.timesteps ?? [])).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  it("diffusers trailing returns N + 1 timesteps for N = 61 (numpy arange); the spurious −1 is dropped with a note", () => {
    const got = run("sd15", "diffusers-ddim:spacing=trailing", 61);
    expect(got.timesteps?.length).toBe(62);
    expect(got.timesteps?.[61]).toBe(-1);
    expect(got.schedule.t.length).toBe(62);
    expect(got.notes.some((n) => /outside/.test(n))).toBe(true);
  });

  it("shift = 1 leaves diffusers' flow schedule unshifted: levels linspace(1, 1/T, N)", () => {
    const got = run("flow", "diffusers-flow:shift=1", 5);
    expect(got.sigmas[0]).toBe(1);
    expect(got.sigmas[4]).toBeCloseTo(0.001, 7);
  });

  it("denoise truncates as each tool does: diffusers keeps ⌊N·strength⌋, ComfyUI KSampler ⌊N/denoise⌋ then the last N", () => {
    const full = run("sd15", "diffusers-ddim:spacing=trailing", 10);
    const half = run("sd15", "diffusers-ddim:spacing=trailing,denoise=0.5", 10);
    expect(Array.from(half.schedule.t)).toEqual(Array.from(full.schedule.t.slice(5)));
    const comfy = run("comfy", "comfy:name=simple,denoise=0.5", 10);
    const long = run("comfy", "comfy:name=simple", 20);
    expect(Array.from(comfy.sigmas)).toEqual(Array.from(long.sigmas.slice(10)));
    const ays = run("sd15", "ays:denoise=0.5", 10);
    expect(ays.sigmas.length).toBe(6);
    expect(() => run("sd15", "polyexponential:denoise=0.5", 10)).toThrow(/denoise/);
  });

  it("N = 1: ComfyUI kl_optimal and GITS are refused, A1111's AYS starts at σ_min (reproduced, with a note)", () => {
    expect(() => run("comfy", "comfy:name=kl_optimal", 1)).toThrow(/one step/);
    expect(() => run("sd15", "gits", 1)).toThrow(/at least 2/);
    const a1111 = run("sd15", "ays:front=a1111", 1);
    expect(a1111.sigmas[0]).toBeCloseTo(0.029, 6);
  });

  it("strategies are refused with a clear InvalidArgumentError on processes they do not apply to", () => {
    expect(() => run("edm", "ays:model=sd1", 10)).toThrow(/table for models with σ\/α from 14.6146/);
    expect(() => run("sd15", "ays:model=svd", 10)).toThrow(/table for models/);
    expect(() => run("edm", "diffusers-euler", 10)).toThrow(/discrete/);
    expect(() => run("sd15", "diffusers-flow", 10)).toThrow(/flow/);
    expect(() => run("flow", "polyexponential", 10)).toThrow(/finite positive/);
    expect(() => run("edm", "comfy:name=simple", 10)).toThrow(/discrete model or a flow model/);
    expect(() => run("sd15", "comfy:name=simple,shift=3", 10)).toThrow(/only to flow/);
    expect(() => run("sd15", "ays:model=svd,front=a1111", 10)).toThrow(/no SVD/);
    expect(() => parseReproducedStrategy("comfy:name=bogus")).toThrow(/expected one of/);
  });
});
