import type { Schedule } from "@klsched/discretization";
import type { ClosedFormInput } from "./closed-form.js";
import type { Denoiser } from "./denoiser.js";
import type { DirectionalOutput } from "./directional-output.js";
import type { NoiseSource, VectorSpace } from "./vector-space.js";

/** Everything a sampler run needs besides the start state. */
export interface SamplerRun<S> {
  readonly space: VectorSpace<S>;
  readonly denoise: Denoiser<S>;
  readonly schedule: Schedule;
  /** Required by stochastic samplers only. */
  readonly noise?: NoiseSource<S>;
  /** Called with the state at every level, the start included (trajectories, progress). */
  readonly onLevel?: (x: S, level: number) => void;
}

/**
 * A reverse-process sampler in k-diffusion's shape: it walks `schedule` from its first level to its
 * last, owns no schedule of its own, and may keep history (multistep) or draw noise (ancestral).
 */
export interface Sampler {
  /** The spec name, e.g. `ddim`. */
  readonly name: string;
  /** Whether it draws fresh noise (then its closed form tracks added variance). */
  readonly stochastic: boolean;
  /** Number of denoiser evaluations (NFE) it spends on `schedule`. */
  evaluations(schedule: Schedule): number;
  /** Runs from `x` at the schedule's first level and returns the state at its last level. */
  sample<S>(x: S, run: SamplerRun<S>): S;
  /**
   * Its exact output on a Gaussian source by a faster route than running it on Gaussian state (what
   * `closedFormOutput` does without one): DDIM's polar form, an ODE sampler's replayed tape.
   */
  readonly closedForm?: (input: ClosedFormInput) => DirectionalOutput;
}
