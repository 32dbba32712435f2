import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, inputsFromQuery, queryFromInputs, splitStrategies } from "../src/playground/query-state";

describe("query state", () => {
  it("inputsFromQuery(queryFromInputs(inputs)) gives the inputs back", () => {
    const inputs = {
      spectrum: "powerlaw:d=3072,exponent=1,scale=10",
      process: "ddpm:schedule=cosine,T=1000",
      sampler: "ddim:eta=0.5",
      prior: "exact" as const,
      steps: 37,
      strategies: ["karras:rho=5", "tangent:c=0.5,shift=3", "optimal"],
      exportStrategy: "optimal",
      format: "comfyui" as const,
    };
    expect(inputsFromQuery(queryFromInputs(inputs))).toEqual(inputs);
  });

  it("inputsFromQuery falls back to the defaults for missing or unreadable values", () => {
    expect(inputsFromQuery("")).toEqual(DEFAULT_INPUTS);
    const bad = inputsFromQuery("?steps=0&prior=maybe&format=png&process=");
    expect(bad.steps).toBe(DEFAULT_INPUTS.steps);
    expect(bad.prior).toBe(DEFAULT_INPUTS.prior);
    expect(bad.format).toBe(DEFAULT_INPUTS.format);
    expect(bad.process).toBe(DEFAULT_INPUTS.process);
  });

  it("splitStrategies keeps each spec once, in order", () => {
    expect(splitStrategies("  karras  optimal karras\ttangent ")).toEqual(["karras", "optimal", "tangent"]);
  });
});
