import { type Schedule, sigmasOf, type ToolSchedule } from "@klsched/discretization";
import { formatNumber, jsonNumbers } from "./numbers.js";
import { renderTable } from "./table.js";

/** The output formats of `klsched schedule` besides the default table. */
export const SCHEDULE_FORMATS = ["json", "csv", "diffusers", "comfyui"] as const;
export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];

/** What a schedule's output names besides its levels. */
export interface ScheduleLabels {
  readonly strategy: string;
  readonly steps: number;
}

const isDiscrete = (schedule: Schedule) => schedule.process.trainingSteps !== undefined;

/** CLI.md `schedule` JSON: every array has one entry per level, the clean level last. */
export function scheduleJson(schedule: Schedule, labels: ScheduleLabels): Record<string, unknown> {
  return {
    process: schedule.process.label,
    strategy: labels.strategy,
    steps: labels.steps,
    t: jsonNumbers(schedule.t),
    alpha: jsonNumbers(schedule.alpha),
    sigma: jsonNumbers(schedule.sigma),
    sigmas: jsonNumbers(sigmasOf(schedule)),
    ...(isDiscrete(schedule) ? { timesteps: jsonNumbers(schedule.t) } : {}),
  };
}

/**
 * The JSON fields a schedule reproduced from a tool adds: the tool's own `toolSigmas` (its rounding and
 * its end, what `--format comfyui` prints), `toolTimesteps` (what it feeds the model, where it has
 * timesteps) and `warnings` (the library's notes on what the tool does that a reader may not expect).
 */
export function toolJson(tool: ToolSchedule): Record<string, unknown> {
  return {
    toolSigmas: jsonNumbers(tool.sigmas),
    ...(tool.timesteps === undefined ? {} : { toolTimesteps: jsonNumbers(tool.timesteps) }),
    warnings: [...tool.notes],
  };
}

/** CSV with header `t,alpha,sigma,sigmas[,timesteps]`, one row per level; σ/α = ∞ is written `inf`. */
export function scheduleCsv(schedule: Schedule): string {
  const sigmas = sigmasOf(schedule);
  const discrete = isDiscrete(schedule);
  const header = discrete ? "t,alpha,sigma,sigmas,timesteps" : "t,alpha,sigma,sigmas";
  const rows = Array.from(schedule.t, (t, k) => {
    const cells = [t, schedule.alpha[k], schedule.sigma[k], sigmas[k]].map((x) => formatNumber(x as number));
    return (discrete ? [...cells, formatNumber(t)] : cells).join(",");
  });
  return `${[header, ...rows].join("\n")}\n`;
}

/**
 * The levels a pipeline calls "sigmas": σ/α for VE, VP and discrete models (k-diffusion, ComfyUI,
 * diffusers' Euler); σ = t itself on `flow`, as flow-matching pipelines define it.
 */
export function pipelineSigmas(schedule: Schedule): Float64Array {
  return schedule.process.kind === "flow" ? schedule.sigma : sigmasOf(schedule);
}

/** The integer training timesteps of a discrete schedule, clean level excluded (diffusers' `timesteps=`). */
export function trainingTimesteps(schedule: Schedule): Float64Array {
  return schedule.t.subarray(0, schedule.t.length - 1);
}

/**
 * Ready-to-paste Python for a diffusers pipeline call: `timesteps=[…]` on a discrete process;
 * otherwise `sigmas=[…]` with the final 0 (Euler-style schedulers read all N+1), except on `flow`, whose
 * scheduler (FlowMatchEulerDiscreteScheduler) appends the 0 itself and so gets the N noisy levels.
 */
export function scheduleDiffusers(schedule: Schedule): string {
  if (isDiscrete(schedule)) return `timesteps=[${Array.from(trainingTimesteps(schedule), formatNumber).join(", ")}]\n`;
  const sigmas = pipelineSigmas(schedule);
  const levels = schedule.process.kind === "flow" ? sigmas.subarray(0, sigmas.length - 1) : sigmas;
  return `sigmas=[${Array.from(levels, formatNumber).join(", ")}]\n`;
}

/** A comma-separated sigmas string, final 0 included, as ComfyUI's custom-sigmas nodes accept. */
export function scheduleComfyui(schedule: Schedule): string {
  return `${Array.from(pipelineSigmas(schedule), formatNumber).join(", ")}\n`;
}

/**
 * A reproduced schedule as its tool runs it, for a diffusers pipeline call: `timesteps=[…]`, the tool's
 * own, when it feeds a discrete model integer timesteps (DDIM, Euler and DPM-Solver spacings, ComfyUI's
 * quantised lookup, the DDIM paper, `timesteps:…`); otherwise `sigmas=[…]`, the tool's own with its end
 * (0, or σ_min where the tool stops there), as Euler-type schedulers take custom sigmas; on `flow`
 * without the final 0, which FlowMatchEulerDiscreteScheduler appends itself.
 */
export function toolDiffusers(tool: ToolSchedule): string {
  const { process } = tool.schedule;
  const { sigmas, timesteps } = tool;
  if (process.kind !== "flow" && process.trainingSteps !== undefined && timesteps?.every(Number.isInteger)) {
    return `timesteps=[${Array.from(timesteps, formatNumber).join(", ")}]\n`;
  }
  const levels = process.kind === "flow" && sigmas[sigmas.length - 1] === 0 ? sigmas.subarray(0, sigmas.length - 1) : sigmas;
  return `sigmas=[${Array.from(levels, formatNumber).join(", ")}]\n`;
}

/** A reproduced schedule's own sigmas as a ComfyUI sigmas string, its end as the tool has it. */
export function toolComfyui(tool: ToolSchedule): string {
  return `${Array.from(tool.sigmas, formatNumber).join(", ")}\n`;
}

/** The human table: one row per level with t, α, σ and σ/α. */
export function scheduleTable(schedule: Schedule): string {
  const sigmas = sigmasOf(schedule);
  const rows = Array.from(schedule.t, (t, k) => [
    String(k),
    ...[t, schedule.alpha[k], schedule.sigma[k], sigmas[k]].map((x) => formatNumber(x as number)),
  ]);
  const headers = ["k", isDiscrete(schedule) ? "timestep" : "t", "alpha", "sigma", "sigma/alpha"];
  return renderTable(
    headers.map((header) => ({ header, align: "right" as const })),
    rows,
  );
}
