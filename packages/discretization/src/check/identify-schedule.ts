import { COMFY_SCHEDULERS } from "../comfy/schedulers.js";
import type { DistilledModel } from "../distilled/distilled-model.js";
import { DISTILLED_MODELS } from "../distilled/distilled-models.js";
import type { NoiseProcess } from "../noise-process.js";
import { parseReproducedStrategy, reproducedSchedule } from "../reproduced/reproduced-schedule.js";
import { type Schedule, sigmasOf } from "../schedule.js";
import { parseStrategy, strategySchedule } from "../strategy.js";

/** How close a list is to the strategy `identifySchedule` names. */
export type IdentificationVerdict = "matches" | "close" | "nearest";

/** What a list of levels is: the closest named strategy, how close, the others it equals, and a distilled model it is. */
export interface Identification {
  /** The strategy's spec, fitted parameters included (`karras:rho=5.2`). */
  readonly strategy: string;
  readonly verdict: IdentificationVerdict;
  /** The largest relative difference in σ/α over the noisy levels: e^{max |Δ ln s|} − 1. */
  readonly maxRelativeDifference: number;
  /** Other strategies the list equals as closely (within the `matches` tolerance). */
  readonly equivalents: readonly string[];
  /** The distilled models whose training levels the list is (among those on the process's base), often several. */
  readonly distilled: readonly DistilledModel[];
}

/** The relative difference up to which a list `matches` a strategy (float32 and printed roundings). */
export const MATCH_TOLERANCE = 1e-4;
/** The relative difference up to which a list that does not match is `close` to a strategy. */
export const CLOSE_TOLERANCE = 0.02;

/** ln s of the noisy levels (a trailing clean level dropped); ∞ stays ∞. */
function logLevels(s: ArrayLike<number>): number[] {
  const values = Array.from(s, Math.log);
  if (values[values.length - 1] === Number.NEGATIVE_INFINITY) values.pop();
  return values;
}

/** max |Δ ln s| between two lists of noisy levels (∞ where they differ in length or in where α = 0). */
function distance(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as number;
    const y = b[k] as number;
    if (x === y) continue;
    worst = Math.max(worst, Math.abs(x - y));
  }
  return Number.isNaN(worst) ? Number.POSITIVE_INFINITY : worst;
}

/** A schedule of a spec on the process, or undefined where the process cannot take it. */
function specLevels(process: NoiseProcess, spec: string, steps: number): number[] | undefined {
  try {
    const own = spec.split(":")[0] ?? "";
    let schedule: Schedule;
    if (["uniform", "quadratic", "polynomial", "logsnr", "exponential", "karras", "tangent"].includes(own)) {
      const parsed = parseStrategy(spec);
      schedule = strategySchedule(process, parsed.strategy, steps, parsed.options);
    } else {
      const parsed = parseReproducedStrategy(spec);
      schedule = reproducedSchedule(process, parsed.strategy, steps, parsed.options).schedule;
    }
    return logLevels(sigmasOf(schedule));
  } catch {
    return undefined;
  }
}

/** The named strategies a list of N noisy levels is compared with on `process`. */
function fixedCandidates(process: NoiseProcess): string[] {
  const own = ["uniform", "quadratic", "logsnr", "exponential"];
  if (process.kind === "flow") {
    return [
      ...own,
      ...["sd3", "flux", "wan"].map((pipeline) => `diffusers-flow:pipeline=${pipeline}`),
      ...COMFY_SCHEDULERS.map((name) => `comfy:name=${name}`),
    ];
  }
  const ramps = [
    "beta",
    "polyexponential",
    "laplace",
    ...(process.kind === "vp" ? ["kdiffusion-vp"] : []),
    "ays:model=svd",
    "ays:model=sd1",
    "ays:model=sdxl",
  ];
  if (process.trainingSteps === undefined) return [...own, ...ramps];
  const spacings = ["linspace", "leading", "trailing"];
  return [
    ...own,
    ...spacings.flatMap((spacing) => [0, 1].map((offset) => `diffusers-ddim:spacing=${spacing},offset=${offset}`)),
    ...spacings.flatMap((spacing) =>
      ["default", "karras", "exponential", "beta"].map((sigmas) => `diffusers-euler:spacing=${spacing},sigmas=${sigmas}`),
    ),
    ...spacings.flatMap((spacing) =>
      ["default", "karras", "lu"].map((sigmas) => `diffusers-dpm:spacing=${spacing},sigmas=${sigmas}`),
    ),
    "diffusers-euler:spacing=leading,offset=1",
    ...COMFY_SCHEDULERS.map((name) => `comfy:name=${name}`),
    "ays:model=sd1,front=a1111",
    "ays:model=sdxl,front=a1111",
    ...[0.8, 1, 1.2, 1.5].map((coeff) => `gits:coeff=${coeff}`),
    "ddim-paper:skip=uniform",
    "ddim-paper:skip=quad",
    ...ramps,
  ];
}

/** Families with one parameter, fitted to the list by a log-spaced grid then golden-section search. */
const FITTED: readonly {
  readonly spec: (x: number) => string;
  readonly lo: number;
  readonly hi: number;
  readonly flow?: boolean;
}[] = [
  { spec: (rho) => `karras:rho=${rho}`, lo: 0.3, hi: 30 },
  { spec: (c) => `tangent:c=${c}`, lo: 1e-3, hi: 1e3 },
  { spec: (p) => `polynomial:p=${p}`, lo: 0.2, hi: 20 },
  { spec: (shift) => `uniform:shift=${shift}`, lo: 0.05, hi: 50, flow: true },
];

/** The best parameter of a fitted family (4 significant digits) and its distance, or undefined where none applies. */
function fitFamily(process: NoiseProcess, target: readonly number[], steps: number, family: (typeof FITTED)[number]) {
  const at = (x: number) => {
    const levels = specLevels(process, family.spec(Number(x.toPrecision(4))), steps);
    return levels === undefined ? Number.POSITIVE_INFINITY : distance(levels, target);
  };
  const grid = Array.from({ length: 41 }, (_, i) => family.lo * (family.hi / family.lo) ** (i / 40));
  let best = 0;
  grid.forEach((x, i) => {
    if (at(x) < at(grid[best] as number)) best = i;
  });
  if (!Number.isFinite(at(grid[best] as number))) return undefined;
  let a = Math.log(grid[Math.max(0, best - 1)] as number);
  let b = Math.log(grid[Math.min(grid.length - 1, best + 1)] as number);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 40; i++) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    if (at(Math.exp(c)) < at(Math.exp(d))) b = d;
    else a = c;
  }
  // the simplest of the optimum's roundings that fits as well (ρ = 7, not 7.001, for a Karras list)
  const optimum = Math.exp((a + b) / 2);
  const roundings = [1, 2, 3, 4].map((digits) => Number(optimum.toPrecision(digits)));
  const best4 = at(roundings[3] as number);
  const x = roundings.find((r) => at(r) <= best4 + 1e-12) ?? (roundings[3] as number);
  return { spec: family.spec(x), distance: at(x) };
}

/** The distilled models whose base is the process's kind of model (the same ᾱ table, or flow) and N a distilled count. */
function distilledCandidates(process: NoiseProcess, steps: number): { model: DistilledModel; spec: string }[] {
  return Object.values(DISTILLED_MODELS).flatMap((model: DistilledModel) => {
    const spec = model.strategy(steps);
    if (spec === undefined) return [];
    const base = model.base();
    const same =
      base.kind === process.kind &&
      (base.discrete === undefined ||
        (process.discrete !== undefined &&
          base.discrete.alphasCumprod.every((a, i) => a === process.discrete?.alphasCumprod[i])));
    return same ? [{ model, spec }] : [];
  });
}

/**
 * What a list of levels is (`klsched check`): of klsched's own strategies (Karras' ρ, the tangent law's c,
 * the polynomial's p and on flow a uniform grid's shift fitted to it), the tools' reproduced strategies
 * (diffusers' spacings and sigma families, ComfyUI's schedulers, AYS, GITS, …), the pipeline's own
 * default and the distilled models on the process's base, the one nearest in max |Δ ln(σ/α)| over the
 * noisy levels; `matches` within {@link MATCH_TOLERANCE} relative, `close` within {@link CLOSE_TOLERANCE}.
 * A distilled model's training levels come first among equals, and `distilled` names every such model.
 *
 * @example
 * ```ts
 * import { parseProcess, strategySchedule, sigmasOf } from "@klsched/discretization";
 * import { identifySchedule } from "@klsched/discretization/reproduced";
 * const sd15 = parseProcess("sd15");
 * const karras = sigmasOf(strategySchedule(sd15, { kind: "karras", rho: 7 }, 10));
 * identifySchedule(sd15, Array.from(karras)).strategy; // "karras:rho=7"
 * ```
 */
export function identifySchedule(process: NoiseProcess, sigmas: readonly number[]): Identification {
  const target = logLevels(sigmas);
  const steps = target.length;
  const distilled = distilledCandidates(process, steps);
  const pipeline = process.pipeline?.defaultStrategy(steps);
  const fixed = [...distilled.map((d) => d.spec), ...(pipeline === undefined ? [] : [pipeline]), ...fixedCandidates(process)];
  const scored = [...new Set(fixed)].flatMap((spec) => {
    const levels = specLevels(process, spec, steps);
    return levels === undefined ? [] : [{ spec, distance: distance(levels, target) }];
  });
  for (const family of FITTED) {
    if (family.flow && process.kind !== "flow") continue;
    const fit = fitFamily(process, target, steps, family);
    if (fit !== undefined) scored.push(fit);
  }
  const finite = scored.filter((c) => Number.isFinite(c.distance));
  const best = finite.reduce<(typeof finite)[number] | undefined>(
    (a, c) => (a === undefined || c.distance < a.distance ? c : a),
    undefined,
  );
  if (best === undefined) {
    return {
      strategy: "none",
      verdict: "nearest",
      maxRelativeDifference: Number.POSITIVE_INFINITY,
      equivalents: [],
      distilled: [],
    };
  }
  const tolerance = Math.log1p(MATCH_TOLERANCE);
  const within = (d: number) => d <= Math.max(tolerance, best.distance);
  const equals = finite.filter((c) => within(c.distance)).map((c) => c.spec);
  const tight = finite.filter((c) => c.distance <= tolerance).map((c) => c.spec);
  const models = distilled.filter((d) => tight.includes(d.spec)).map((d) => d.model);
  const strategy = best.spec;
  const relative = Math.expm1(best.distance);
  const verdict: IdentificationVerdict =
    relative <= MATCH_TOLERANCE ? "matches" : relative <= CLOSE_TOLERANCE ? "close" : "nearest";
  return {
    strategy,
    verdict,
    maxRelativeDifference: relative,
    equivalents: verdict === "matches" ? equals.filter((spec) => spec !== strategy) : [],
    distilled: models,
  };
}
