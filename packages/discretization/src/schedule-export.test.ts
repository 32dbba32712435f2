import { describe, expect, it } from "vitest";
import { ddpmProcess } from "./ddpm-process.js";
import { flowProcess } from "./flow-process.js";
import { type Schedule, scheduleFromTimes, sigmasOf } from "./schedule.js";
import {
  exportSchedule,
  formatLevel,
  jsonLevels,
  pipelineSigmas,
  repeatedTimestep,
  repeatedTimestepMessage,
  SCHEDULE_FORMATS,
  scheduleComfyui,
  scheduleCsv,
  scheduleDiffusers,
  scheduleJson,
  toolComfyui,
  toolDiffusers,
  toolJson,
  trainingTimesteps,
} from "./schedule-export.js";
import type { ToolSchedule } from "./tool-schedule.js";
import { veProcess } from "./ve-process.js";

const labels = { strategy: "uniform", steps: 3 };
/** flow from pure noise (α = 0, σ/α = ∞) to the clean level. */
const flow = scheduleFromTimes(flowProcess(), [1, 0.5, 0.25, 0]);
/** VE (α = 1, σ/α = σ) ending at its clean level. */
const ve = scheduleFromTimes(veProcess(0.002, 80), [80, 10, 1, 0]);
/** sd15-like discrete process: integer training timesteps, clean level at t = −1. */
const sd = ddpmProcess({ kind: "scaled_linear", betaStart: 0.00085, betaEnd: 0.012 });
const discrete = scheduleFromTimes(sd, [999, 500, 1, -1]);
const text = (values: ArrayLike<number>) => Array.from(values, String).join(", ");

describe("formatLevel and jsonLevels", () => {
  it("formatLevel writes the shortest round-trip text and inf for ±∞", () => {
    expect(formatLevel(0.1)).toBe("0.1");
    expect(formatLevel(1 / 3)).toBe(String(1 / 3));
    expect(formatLevel(Number.POSITIVE_INFINITY)).toBe("inf");
    expect(formatLevel(Number.NEGATIVE_INFINITY)).toBe("-inf");
  });

  it("jsonLevels writes non-finite numbers as null", () => {
    expect(jsonLevels([1, Number.POSITIVE_INFINITY, Number.NaN, 0])).toEqual([1, null, null, 0]);
  });
});

describe("scheduleJson and toolJson", () => {
  it("names the process, strategy and steps, with one entry per level and ∞ as null", () => {
    expect(scheduleJson(flow, labels)).toEqual({
      process: "flow",
      strategy: "uniform",
      steps: 3,
      t: [1, 0.5, 0.25, 0],
      alpha: [0, 0.5, 0.75, 1],
      sigma: [1, 0.5, 0.25, 0],
      sigmas: [null, 1, 1 / 3, 0],
    });
  });

  it("adds timesteps (= t) on a discrete process only", () => {
    expect(scheduleJson(discrete, labels)["timesteps"]).toEqual([999, 500, 1, -1]);
    expect(scheduleJson(ve, labels)).not.toHaveProperty("timesteps");
  });

  it("toolJson gives the tool's sigmas, timesteps where it has them, and its notes as warnings", () => {
    const tool: ToolSchedule = {
      schedule: discrete,
      sigmas: Float64Array.of(14.6, 1, 0),
      timesteps: Float64Array.of(999, 500),
      notes: ["n"],
    };
    expect(toolJson(tool)).toEqual({ toolSigmas: [14.6, 1, 0], toolTimesteps: [999, 500], warnings: ["n"] });
    expect(toolJson({ schedule: ve, sigmas: Float64Array.of(80, 0), notes: [] })).toEqual({ toolSigmas: [80, 0], warnings: [] });
  });
});

describe("scheduleCsv", () => {
  it("writes a header and one row per level, σ/α = ∞ as inf", () => {
    expect(scheduleCsv(flow)).toBe(
      ["t,alpha,sigma,sigmas", "1,0,1,inf", "0.5,0.5,0.5,1", `0.25,0.75,0.25,${1 / 3}`, "0,1,0,0", ""].join("\n"),
    );
  });

  it("adds a timesteps column on a discrete process", () => {
    const lines = scheduleCsv(discrete).trimEnd().split("\n");
    expect(lines[0]).toBe("t,alpha,sigma,sigmas,timesteps");
    expect(lines).toHaveLength(5);
    expect(lines[1]?.startsWith("999,")).toBe(true);
    expect(lines[1]?.endsWith(",999")).toBe(true);
    expect(lines[4]).toBe("-1,1,0,0,-1");
  });
});

describe("diffusers and ComfyUI text", () => {
  it("pipelineSigmas is σ = t on flow and σ/α elsewhere", () => {
    expect(Array.from(pipelineSigmas(flow))).toEqual([1, 0.5, 0.25, 0]);
    expect(pipelineSigmas(discrete)).toEqual(sigmasOf(discrete));
  });

  it("scheduleDiffusers: timesteps without the clean level (discrete), sigmas without the final 0 (flow), all sigmas otherwise", () => {
    expect(Array.from(trainingTimesteps(discrete))).toEqual([999, 500, 1]);
    expect(scheduleDiffusers(discrete)).toBe("timesteps=[999, 500, 1]\n");
    expect(scheduleDiffusers(flow)).toBe("sigmas=[1, 0.5, 0.25]\n");
    expect(scheduleDiffusers(ve)).toBe("sigmas=[80, 10, 1, 0]\n");
  });

  it("scheduleComfyui lists every pipeline sigma with the final 0", () => {
    expect(scheduleComfyui(flow)).toBe("1, 0.5, 0.25, 0\n");
    expect(scheduleComfyui(ve)).toBe("80, 10, 1, 0\n");
    expect(scheduleComfyui(discrete)).toBe(`${text(sigmasOf(discrete))}\n`);
  });

  it("toolDiffusers: the tool's integer timesteps on a discrete model, else its sigmas (no final 0 on flow)", () => {
    const sigmas = Float64Array.of(14.6, 1, 0.03);
    expect(toolDiffusers({ schedule: discrete, sigmas, timesteps: Float64Array.of(999, 500, 1), notes: [] })).toBe(
      "timesteps=[999, 500, 1]\n",
    );
    expect(toolDiffusers({ schedule: discrete, sigmas, timesteps: Float64Array.of(999, 500.5, 1), notes: [] })).toBe(
      "sigmas=[14.6, 1, 0.03]\n",
    );
    expect(toolDiffusers({ schedule: flow, sigmas: Float64Array.of(1, 0.5, 0), notes: [] })).toBe("sigmas=[1, 0.5]\n");
    expect(toolDiffusers({ schedule: flow, sigmas: Float64Array.of(1, 0.5, 0.01), notes: [] })).toBe("sigmas=[1, 0.5, 0.01]\n");
  });

  it("toolComfyui lists the tool's own sigmas, its end as the tool has it", () => {
    expect(toolComfyui({ schedule: ve, sigmas: Float64Array.of(80, 1, 0.002), notes: [] })).toBe("80, 1, 0.002\n");
  });
});

describe("repeatedTimestep", () => {
  it("finds the first repeated training timestep of a discrete schedule", () => {
    expect(repeatedTimestep(scheduleFromTimes(sd, [999, 83, 83, 1, -1]))).toBe(83);
    expect(repeatedTimestep(discrete)).toBeUndefined();
  });

  it("ignores the clean level and continuous processes", () => {
    expect(repeatedTimestep(scheduleFromTimes(sd, [999, -1, -1]))).toBeUndefined();
    expect(repeatedTimestep(scheduleFromTimes(flowProcess(), [1, 0.5, 0.5, 0]))).toBeUndefined();
  });
});

describe("exportSchedule", () => {
  const cases: [string, Schedule][] = [
    ["flow", flow],
    ["ve", ve],
    ["discrete", discrete],
  ];
  for (const [name, schedule] of cases) {
    it(`exports a ${name} schedule in every format, ending with a newline`, () => {
      expect(exportSchedule(schedule, "json", labels)).toBe(`${JSON.stringify(scheduleJson(schedule, labels))}\n`);
      expect(exportSchedule(schedule, "csv", labels)).toBe(scheduleCsv(schedule));
      expect(exportSchedule(schedule, "diffusers", labels)).toBe(scheduleDiffusers(schedule));
      expect(exportSchedule(schedule, "comfyui", labels)).toBe(scheduleComfyui(schedule));
      for (const format of SCHEDULE_FORMATS) expect(exportSchedule(schedule, format, labels).endsWith("\n")).toBe(true);
    });
  }

  it("appends extra fields, then the tool's, to the JSON in that order", () => {
    const tool: ToolSchedule = { schedule: ve, sigmas: Float64Array.of(80, 10, 1, 0), notes: ["clamped"] };
    const json = exportSchedule(ve, "json", labels, { fields: { spectrum: "s", prior: "p" }, tool });
    expect(Object.keys(JSON.parse(json)).slice(-4)).toEqual(["spectrum", "prior", "toolSigmas", "warnings"]);
    expect(json).toBe(`${JSON.stringify({ ...scheduleJson(ve, labels), spectrum: "s", prior: "p", ...toolJson(tool) })}\n`);
  });

  it("exports a tool's own levels for diffusers and comfyui, not the schedule's", () => {
    const tool: ToolSchedule = {
      schedule: discrete,
      sigmas: Float64Array.of(14.6, 1, 0),
      timesteps: Float64Array.of(999, 999),
      notes: [],
    };
    expect(exportSchedule(discrete, "diffusers", labels, { tool })).toBe("timesteps=[999, 999]\n");
    expect(exportSchedule(discrete, "comfyui", labels, { tool })).toBe("14.6, 1, 0\n");
    expect(exportSchedule(discrete, "csv", labels, { tool })).toBe(scheduleCsv(discrete));
  });

  it("refuses diffusers timesteps that repeat, and only there", () => {
    const repeating = scheduleFromTimes(sd, [999, 83, 83, -1]);
    expect(() => exportSchedule(repeating, "diffusers", labels)).toThrow(repeatedTimestepMessage(83));
    expect(repeatedTimestepMessage(83)).toMatch(/timestep 83 repeats; diffusers needs strictly decreasing timesteps/);
    expect(exportSchedule(repeating, "comfyui", labels)).toBe(scheduleComfyui(repeating));
  });
});
