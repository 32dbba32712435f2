import { describe, expect, it } from "vitest";
import { flowProcess, shiftFlowTime } from "./flow-process.js";
import { logSnr, type NoiseProcess, tFromLogSnr } from "./noise-process.js";
import { parseProcess } from "./process-spec.js";

const PROCESSES = ["edm", "ve:smin=0.01,smax=50", "vp", "ddpm", "sd15", "ddpm:schedule=cosine", "flow"];

describe.each(PROCESSES)("process %s", (text) => {
  const p: NoiseProcess = parseProcess(text);

  it("s = σ/α at sample times and tFromS inverts s to 1e-12", () => {
    for (let k = 0; k <= 20; k++) {
      const t = p.tEnd + ((p.tStart - p.tEnd) * k) / 20;
      const s = p.s(t);
      if (Number.isFinite(s)) {
        expect(s).toBeCloseTo(p.sigma(t) / p.alpha(t), 10);
        expect(Math.abs(p.tFromS(s) - t)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(t)));
      }
    }
  });

  it("the clean level has α = 1 and σ = 0", () => {
    expect(p.alpha(p.tClean)).toBe(1);
    expect(p.sigma(p.tClean)).toBe(0);
  });

  it("priorGap(t) equals σ(t)² − v_prior", () => {
    for (const t of [p.tStart, p.tEnd, 0.5 * (p.tStart + p.tEnd)]) {
      const naive = p.sigma(t) ** 2 - p.priorVariance;
      expect(Math.abs(p.priorGap(t) - naive)).toBeLessThanOrEqual(1e-13 * Math.max(1, p.priorVariance));
    }
  });

  it("logSNR and its inverse agree", () => {
    const t = 0.3 * p.tStart + 0.7 * p.tEnd;
    expect(tFromLogSnr(p, logSnr(p, t))).toBeCloseTo(t, 9);
  });
});

describe("variance-preserving processes", () => {
  it.each(["vp", "ddpm", "sd15"])("%s has α² + σ² = 1 at integer and fractional times", (text) => {
    const p = parseProcess(text);
    for (const t of [p.tEnd, p.tStart, 0.37 * p.tStart + 0.63 * p.tEnd, 12.5 * Math.min(1, p.tStart / 999)]) {
      expect(p.alpha(t) ** 2 + p.sigma(t) ** 2).toBeCloseTo(1, 14);
    }
  });

  it("vp keeps σ accurate near t = 0 where 1 − α² cancels", () => {
    const p = parseProcess("vp");
    const t = 1e-9;
    // −2 ln α = x = β_min·t + ½Δt², so σ² = 1 − e^{−x} = x − x²/2 + O(x³)
    const x = 0.1 * t + 0.5 * 19.9 * t * t;
    expect(p.sigma(t) ** 2 / (x - 0.5 * x * x)).toBeCloseTo(1, 14);
  });

  it("ddpm interpolates ln s linearly between training timesteps (k-diffusion t_to_sigma)", () => {
    const p = parseProcess("ddpm");
    const mid = Math.sqrt(p.s(10) * p.s(11));
    expect(p.s(10.5)).toBeCloseTo(mid, 12);
    expect(p.tFromS(mid)).toBeCloseTo(10.5, 10);
    expect(() => p.tFromS(1e6)).toThrow(/outside the model's range/);
    expect(() => p.alpha(1000)).toThrow(/outside/);
  });

  it("a discrete tFromS takes levels beyond an end by float32 rounding (2⁻²² relative) as that end, and refuses more", () => {
    const p = parseProcess("sd15");
    const top = p.s(999);
    const bottom = p.s(0);
    expect(Math.fround(top)).toBeGreaterThan(top); // diffusers' and ComfyUI's float32 σ_max 14.6146469…
    expect(p.tFromS(Math.fround(top))).toBe(999);
    expect(p.tFromS(top * (1 + 2 ** -22))).toBe(999);
    expect(p.tFromS(bottom * (1 - 2 ** -22))).toBe(0);
    expect(() => p.tFromS(top * (1 + 2 ** -21))).toThrow(/outside the model's range/);
    expect(() => p.tFromS(14.615)).toThrow(/outside the model's range/); // A1111's 3-decimal σ_max: refused here
    expect(() => p.tFromS(bottom * (1 - 2 ** -21))).toThrow(/outside the model's range/);
  });
});

describe("flow", () => {
  it("flow starts at α = 0 (s = ∞) and ends clean", () => {
    const p = flowProcess();
    expect(p.alpha(1)).toBe(0);
    expect(p.s(1)).toBe(Number.POSITIVE_INFINITY);
    expect(p.tFromS(Number.POSITIVE_INFINITY)).toBe(1);
    expect(p.endsClean).toBe(true);
  });

  it("shiftFlowTime fixes 0 and 1 and equals SD3's σ' = shift·σ/(1 + (shift − 1)σ)", () => {
    expect(shiftFlowTime(0, 3)).toBe(0);
    expect(shiftFlowTime(1, 3)).toBe(1);
    expect(shiftFlowTime(0.5, 3)).toBeCloseTo(0.75, 15);
  });
});

describe("parseProcess", () => {
  it("parseProcess maps presets to their full specs", () => {
    expect(parseProcess("edm").label).toBe("ve:smin=0.002,smax=80");
    expect(parseProcess("sd15").s(999)).toBeCloseTo(14.6146, 3);
    expect(parseProcess("ddpm").s(999)).toBeCloseTo(
      parseProcess("ddpm:schedule=linear,T=1000,bstart=0.0001,bend=0.02").s(999),
      14,
    );
  });

  it("parseProcess rejects unknown kinds and keys, smin ≥ smax and bad numbers", () => {
    for (const bad of [
      "ve:smin=80,smax=1",
      "ve:smin=1,smax=1",
      "ve:smin=0",
      "vp:bmin=30",
      "ddpm:schedule=quadratic",
      "ddpm:T=1",
      "sd15:T=10",
      "edm:smax=3",
      "flow:shift=3",
      "cosine",
      "ve:sigma=1",
    ]) {
      expect(() => parseProcess(bad)).toThrow(/process/);
    }
  });
});
