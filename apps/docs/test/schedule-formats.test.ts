/**
 * The playground and the CLI both export through @klsched/discretization's `exportSchedule`: for each
 * format, process and a standard and an optimised strategy, the playground's engine prints what
 * `klsched schedule` prints.
 */
import { SCHEDULE_FORMATS } from "@klsched/discretization";
import { describe, expect, it } from "vitest";
import { CellMemo, computeExport } from "../src/playground/engine";
import type { ComputeRequest } from "../src/playground/protocol";
import { runCli } from "./cli";

const SPECTRUM = "geometric:d=64,min=1e-3,max=10";

function request(process: string, strategy: string, format: ComputeRequest["format"]): ComputeRequest {
  return {
    type: "compute",
    id: 1,
    part: "rest",
    spectrum: { kind: "spec", text: SPECTRUM },
    process,
    sampler: "ddim",
    prior: "standard",
    steps: 6,
    strategies: [strategy],
    exportStrategy: strategy,
    format,
    sweepSteps: [],
    known: [],
  };
}

describe("computeExport", () => {
  for (const process of ["sd15", "edm", "vp", "flow"]) {
    for (const strategy of ["uniform", "tangent:c=1", "optimal"]) {
      it(`computeExport(${process}, ${strategy}) prints what \`klsched schedule --format …\` prints, in every format`, () => {
        for (const format of SCHEDULE_FORMATS) {
          const cli = runCli([
            "schedule",
            "--process",
            process,
            "--strategy",
            strategy,
            "--steps",
            "6",
            "--spectrum",
            SPECTRUM,
            "--format",
            format,
          ]);
          const { text, error } = computeExport(request(process, strategy, format), new CellMemo());
          expect(error, format).toBeUndefined();
          expect(text, format).toBe(cli);
        }
      });
    }
  }

  it("computeExport refuses repeated rounded timesteps for diffusers, as `klsched schedule` does", () => {
    const args = ["schedule", "--process", "sd15", "--strategy", "exponential", "--steps", "900", "--format", "diffusers"];
    expect(() => runCli(args)).toThrow(/timestep 83 repeats; diffusers needs strictly decreasing timesteps/);
    const { text, error } = computeExport({ ...request("sd15", "exponential", "diffusers"), steps: 900 }, new CellMemo());
    expect(text).toBeUndefined();
    expect(error).toMatch(/timestep 83 repeats; diffusers needs strictly decreasing timesteps/);
  });
});
