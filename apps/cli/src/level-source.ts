import {
  EXPORT_TARGETS,
  type ExportTargetName,
  isExportTargetName,
  type NoiseProcess,
  type Schedule,
  scheduleFromFlowTimes,
  scheduleFromSigmas,
  scheduleFromTimesteps,
  type TargetUnit,
} from "@klsched/discretization";
import { type FlagSource, fromFlag } from "./flag-source.js";
import { float32RangeEnds, type LevelFlag } from "./level-input.js";
import type { SnippetLevels } from "./snippet-levels.js";
import { UsageError } from "./usage-error.js";

/** How `kl` reads the numbers of `--sigmas`/`--timesteps`: the source named, the unit, and the schedule they give. */
export interface LevelReading {
  /** `--from`'s value, or what the numbers were taken as without it (`s`, `flow-t`, `timestep`, a target). */
  readonly from: string;
  readonly unit: TargetUnit;
  readonly schedule: Schedule;
}

/** What the numbers were read from: a klsched JSON/CSV field, a pasted snippet, or plain text. */
export interface LevelOrigin {
  readonly table: boolean;
  readonly snippet?: SnippetLevels | undefined;
}

/**
 * The schedule `values` stand for. `--from` names their source: `s` (σ/α), `flow-t` (σ = t on flow),
 * `diffusers` (the `diffusers` format: timesteps, or σ/α, or t on flow), or an export target, read by its own
 * reader. Without it: the target a pasted snippet names; `--timesteps` are training timesteps; `--sigmas`
 * are σ/α, except plain lists on `flow`, which are σ = t as every flow tool writes them (klsched's own
 * JSON/CSV `sigmas` field is σ/α there too). A level at σ/α beyond a model's end by float32 rounding is
 * taken as that end.
 */
export function readLevelsAs(
  process: NoiseProcess,
  values: number[],
  flag: LevelFlag,
  origin: LevelOrigin,
  from: FlagSource | undefined,
  source: FlagSource,
): LevelReading {
  const { unit, label, target } = levelUnit(process, flag, origin, from);
  const read = (): Schedule => {
    if (unit === "s") return scheduleFromSigmas(process, float32RangeEnds(process, values));
    if (target !== undefined) return EXPORT_TARGETS[target].read(process, values);
    if (unit === "timestep") return scheduleFromTimesteps(process, values);
    return scheduleFromFlowTimes(process, values);
  };
  return { from: label, unit, schedule: fromFlag(source, read) };
}

/** The unit a list of levels is in, by the rules of {@link readLevelsAs}, the label `from` echoes, and the target that reads it. */
export function levelUnit(
  process: NoiseProcess,
  flag: LevelFlag,
  origin: LevelOrigin,
  from: FlagSource | undefined,
): { readonly unit: TargetUnit; readonly label: string; readonly target?: ExportTargetName } {
  // a target that takes no custom levels printed another's snippet: read as that one
  const given = from?.value;
  const resolved = given !== undefined && isExportTargetName(given) ? (EXPORT_TARGETS[given].instead?.target ?? given) : given;
  const named = resolved ?? origin.snippet?.target;
  if (named !== undefined && origin.snippet?.target !== undefined && named !== origin.snippet.target) {
    throw new UsageError("--from", given, `the snippet was printed for ${origin.snippet.target}`);
  }
  if (named !== undefined && isExportTargetName(named) && named !== "comfyui") {
    const target = EXPORT_TARGETS[named];
    if (target.flag !== flag) {
      const lists = target.flag === "--timesteps" ? "timesteps" : "sigmas";
      throw new UsageError("--from", named, `${named} lists ${lists}: give them to ${target.flag}`);
    }
    return { unit: target.unit, label: named, target: named };
  }
  if (flag === "--timesteps") {
    if (named !== undefined && named !== "diffusers") {
      throw new UsageError(
        "--from",
        named,
        "--timesteps are training timesteps; --from applies to --sigmas (or a target that lists timesteps)",
      );
    }
    return { unit: "timestep", label: named ?? "timestep" };
  }
  if (named === "flow-t" && process.kind !== "flow")
    throw new UsageError("--from", named, `flow times need a flow process, not ${process.label}`);
  const flowTimes =
    process.kind === "flow" &&
    (named === "flow-t" || named === "diffusers" || named === "comfyui" || (named === undefined && !origin.table));
  return flowTimes ? { unit: "flow-t", label: named ?? "flow-t" } : { unit: "s", label: named ?? "s" };
}

/**
 * Warnings for noisy levels outside the process's range [t_end, t_start] by more than float32 rounding
 * (2⁻¹⁹ relative, a tool's float32 arithmetic): a VE or VP model was not trained there, though the closed form scores the level as
 * given. (Discrete models refuse such levels; flow's range is all of [0, 1].)
 */
export function outOfRangeWarnings(schedule: Schedule): string[] {
  const { process } = schedule;
  const hi = Math.max(process.tStart, process.tEnd);
  const lo = Math.min(process.tStart, process.tEnd);
  const slack = 2 ** -19;
  const warnings: string[] = [];
  schedule.t.forEach((t, k) => {
    if ((schedule.sigma[k] as number) === 0) return;
    const s = process.s(t);
    if (t > hi * (1 + slack)) {
      warnings.push(
        `level ${k} (σ/α = ${s}) lies above ${process.label}'s σ_max = ${process.s(process.tStart)}: scored as given, though the model was not trained there`,
      );
    } else if (t < lo * (1 - slack)) {
      warnings.push(
        `level ${k} (σ/α = ${s}) lies below ${process.label}'s σ_min = ${process.s(process.tEnd)}: scored as given, though the model was not trained there`,
      );
    }
  });
  return warnings;
}
