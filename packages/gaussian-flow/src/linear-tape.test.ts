import { createSpectrum } from "@klsched/core-linalg";
import { parseProcess, strategySchedule } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { closedFormOutput, sampledClosedForm, tapedClosedForm } from "./closed-form.js";
import { recordLinearTape } from "./linear-tape.js";
import { parseSampler } from "./sampler-spec.js";

describe("linear tapes", () => {
  const eigenvalues = createSpectrum(Array.from({ length: 300 }, (_, i) => 10 * 0.97 ** i)).eigenvalues; // > one 256-lane block
  const mean = Float64Array.from({ length: 300 }, (_, i) => Math.cos(i));

  it.each(["euler", "heun", "dpmpp-2m", "ddim"])(
    "the replayed tape of %s equals the sampler run on Gaussian state (both priors, with a mean)",
    (name) => {
      const sampler = parseSampler(name);
      for (const process of ["edm", "vp", "flow"]) {
        const schedule = strategySchedule(parseProcess(process), { kind: "uniform" }, 40);
        const tape = recordLinearTape(sampler, schedule);
        expect(tape).toBeDefined();
        if (tape === undefined) continue;
        expect(tape.registers).toBeLessThanOrEqual(6); // register reuse: a handful, whatever the length
        for (const prior of ["standard", "exact"] as const) {
          for (const m of [undefined, mean]) {
            const input = { eigenvalues, schedule, prior, ...(m === undefined ? {} : { mean: m }) };
            const taped = tapedClosedForm(tape, input);
            const generic = sampledClosedForm(sampler, input);
            for (let i = 0; i < 300; i++) {
              expect(Math.abs(taped.logVarianceRatio[i]! - generic.logVarianceRatio[i]!)).toBeLessThan(
                1e-11 * Math.max(1, Math.abs(generic.logVarianceRatio[i]!)),
              );
              expect(Math.abs(taped.meanError[i]! - generic.meanError[i]!)).toBeLessThan(1e-11);
            }
          }
        }
      }
    },
  );

  it("stochastic samplers have no tape and keep the generic route", () => {
    const schedule = strategySchedule(parseProcess("edm"), { kind: "karras", rho: 7 }, 5);
    expect(recordLinearTape(parseSampler("ddpm"), schedule)).toBeUndefined();
    const input = { eigenvalues, schedule, prior: "standard" as const };
    expect(closedFormOutput(parseSampler("ddpm"), input).logVarianceRatio).toEqual(
      sampledClosedForm(parseSampler("ddpm"), input).logVarianceRatio,
    );
  });
});
