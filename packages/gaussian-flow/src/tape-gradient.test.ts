import { createSpectrum } from "@klsched/core-linalg";
import { type NoiseProcess, parseProcess, scheduleFromTimes, strategySchedule } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { type ClosedFormInput, closedFormOutput } from "./closed-form.js";
import { levelCoefficients, levelObjectiveGradient, planLevelGradient } from "./level-gradient.js";
import { parseSampler } from "./sampler-spec.js";
import { recordSamplerTape } from "./sampler-tape.js";
import { type DirectionalObjective, replaySamplerTape } from "./tape-gradient.js";

const SAMPLERS = ["ddim", "euler", "heun", "dpmpp-2m", "ddpm", "euler-ancestral", "ddim:eta=0.5", "euler-ancestral:eta=0.3"];
const eigenvalues = createSpectrum(Array.from({ length: 300 }, (_, i) => 10 * 0.96 ** i)).eigenvalues; // > one block of lanes
const mean = Float64Array.from({ length: 300 }, (_, i) => Math.cos(i));

/** Transcriptions of theory §3 in plain exp/log (no φ, no expm1): independent of kl-metrics. */
const OBJECTIVES: Record<string, DirectionalObjective> = {
  forward(delta, dm, r, out) {
    const v = r * Math.exp(delta);
    out[0] = 0.5 * (1 - Math.exp(-delta)) - (0.5 * dm * dm) / v;
    out[1] = dm / v;
    return 0.5 * (Math.exp(-delta) - 1 + delta + (dm * dm) / v);
  },
  reverse(delta, dm, r, out) {
    out[0] = 0.5 * (Math.exp(delta) - 1);
    out[1] = dm / r;
    return 0.5 * (Math.exp(delta) - 1 - delta + (dm * dm) / r);
  },
  w2squared(delta, dm, r, out) {
    const root = Math.sqrt(r * Math.exp(delta));
    out[0] = root * (root - Math.sqrt(r)); // d/dδ of (√v − √r)² with √v = √r·e^{δ/2}
    out[1] = 2 * dm;
    return (root - Math.sqrt(r)) ** 2 + dm * dm;
  },
};

/** Σ objective over the closed form of `sampler` at levels s (σ/α, s₀ … 0). */
function objectiveAt(
  process: NoiseProcess,
  levels: Float64Array,
  input: Omit<ClosedFormInput, "schedule">,
  sampler: string,
  f: DirectionalObjective,
) {
  const schedule = scheduleFromTimes(
    process,
    Array.from(levels, (s) => (s === 0 ? process.tClean : process.tFromS(s))),
  );
  const out = closedFormOutput(parseSampler(sampler), { ...input, schedule });
  const scratch = new Float64Array(2);
  let sum = 0;
  for (let i = 0; i < out.logVarianceRatio.length; i++) {
    sum += f(out.logVarianceRatio[i]!, out.meanError[i]!, out.targetVariance[i]!, scratch);
  }
  return { sum, schedule };
}

/**
 * The fourth-order central difference (−f(x + 2h) + 8f(x + h) − 8f(x − h) + f(x − 2h))/(12h), h = 10⁻³·x: a
 * truncation error of ~10⁻¹² relative, and rounding of ~10⁻¹³·|f|/x, where a plain one at h = 10⁻⁶·x loses
 * ~10⁻¹⁰·|f|/x to rounding (too much against a 10⁻⁶ tolerance when |f| is large and x small).
 */
function centralDifference(f: (x: number) => number, x: number): number {
  const h = 1e-3 * x;
  return (-f(x + 2 * h) + 8 * f(x + h) - 8 * f(x - h) + f(x - 2 * h)) / (12 * h);
}

describe("the single-assignment sampler tape", () => {
  it.each(SAMPLERS)(
    "replaySamplerTape(%s) equals the sampler run on Gaussian state (edm, vp, flow, sd15; both priors; a mean)",
    (name) => {
      const sampler = parseSampler(name);
      for (const processName of ["edm", "vp", "flow", "sd15"]) {
        const schedule = strategySchedule(parseProcess(processName), { kind: "uniform" }, 12);
        const tape = recordSamplerTape(sampler, schedule);
        for (const prior of ["standard", "exact"] as const) {
          for (const m of [undefined, mean]) {
            const input = { eigenvalues, schedule, prior, ...(m === undefined ? {} : { mean: m }) };
            const replayed = replaySamplerTape(tape, input);
            const reference = closedFormOutput(sampler, input);
            for (let i = 0; i < eigenvalues.length; i++) {
              const want = reference.logVarianceRatio[i]!;
              expect(Math.abs(replayed.logVarianceRatio[i]! - want)).toBeLessThan(1e-11 * Math.max(1, Math.abs(want)));
              expect(Math.abs(replayed.meanError[i]! - reference.meanError[i]!)).toBeLessThan(1e-11);
              expect(replayed.targetVariance[i]).toBe(reference.targetVariance[i]);
            }
          }
        }
      }
    },
  );

  it("a stochastic sampler's tape has one segment per step and one noise draw in each but the last", () => {
    const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, 6);
    const tape = recordSamplerTape(parseSampler("ddpm"), schedule);
    expect(tape.segmentStart.length).toBe(7); // six compacts, then the empty segment holding the result
    expect(tape.noisesPerSegment).toBe(1);
    expect(Array.from(tape.kind).filter((k) => k === 2)).toHaveLength(5); // no noise on the step to the clean level
    expect(recordSamplerTape(parseSampler("heun"), schedule).segmentStart.length).toBe(1);
  });
});

describe("levelCoefficients", () => {
  it.each(["edm", "vp", "flow", "sd15", "ddpm:schedule=cosine,T=50"])(
    "levelCoefficients on %s equals the process's α and σ at tFromS(s) to 1e-14",
    (name) => {
      const process = parseProcess(name);
      for (const t of [0.3, 0.5, 0.9].map((u) => process.tEnd + u * (process.tStart - process.tEnd))) {
        const s = process.s(t);
        const { alpha, sigma } = levelCoefficients(process, s);
        const time = process.tFromS(s);
        expect(Math.abs(alpha / process.alpha(time) - 1)).toBeLessThan(1e-14);
        expect(Math.abs(sigma / process.sigma(time) - 1)).toBeLessThan(1e-14);
      }
    },
  );
});

describe("levelObjectiveGradient", () => {
  const cases: [string, string, number][] = [
    ["edm", "standard", 7],
    ["vp", "exact", 6],
    ["flow", "standard", 6],
    ["sd15", "standard", 7],
  ];
  it.each(SAMPLERS)(
    "levelObjectiveGradient(%s) equals central differences of the closed form to 1e-6 (every objective, with a mean)",
    (name) => {
      for (const [processName, prior, steps] of cases) {
        const process = parseProcess(processName);
        // levels of a tangent-like law kept well inside a discrete model's range
        const base = strategySchedule(process, { kind: "tangent", c: 0.8 }, steps);
        const levels = base.alpha.map((a, k) =>
          base.sigma[k] === 0 ? 0 : a === 0 ? Number.POSITIVE_INFINITY : base.sigma[k]! / a,
        );
        if (process.trainingSteps !== undefined) levels[steps - 1] = levels[steps - 1]! * 1.5;
        levels[2] = levels[2]! * 0.93; // off the law, so that nothing is symmetric
        for (const [objectiveName, f] of Object.entries(OBJECTIVES)) {
          for (const m of [undefined, mean]) {
            const input = { eigenvalues, prior: prior as "standard" | "exact", ...(m === undefined ? {} : { mean: m }) };
            const { schedule } = objectiveAt(process, levels, input, name, f);
            const plan = planLevelGradient(parseSampler(name), schedule);
            const gradient = new Float64Array(levels.length);
            const value = levelObjectiveGradient(plan, { ...input, schedule }, f, gradient);
            const reference = objectiveAt(process, levels, input, name, f).sum;
            expect(Math.abs(value - reference), `${name} ${objectiveName} value`).toBeLessThan(1e-10 * Math.max(1, reference));
            expect(gradient[0]).toBe(0);
            expect(gradient[levels.length - 1]).toBe(0);
            for (let k = 1; k < levels.length - 1; k++) {
              const fd = centralDifference((x) => {
                const moved = Float64Array.from(levels);
                moved[k] = x;
                return objectiveAt(process, moved, input, name, f).sum;
              }, levels[k]!);
              expect(Math.abs(gradient[k]! - fd), `${name} ${processName} ${objectiveName} level ${k}`).toBeLessThan(
                1e-6 * Math.max(1, Math.abs(fd)),
              );
            }
          }
        }
      }
    },
  );

  it("planLevelGradient colours DDIM's levels with 2 colours and DPM-Solver++(2M)'s with 3", () => {
    const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, 10);
    expect(planLevelGradient(parseSampler("ddim"), schedule).colours).toBe(2);
    expect(planLevelGradient(parseSampler("heun"), schedule).colours).toBe(2);
    expect(planLevelGradient(parseSampler("dpmpp-2m"), schedule).colours).toBe(3);
    expect(planLevelGradient(parseSampler("ddpm"), schedule).colours).toBe(2);
  });
});
