/**
 * A note when a target runs another sampler than the one the levels were scored under: `runs` are the
 * klsched sampler names the target's solver equals (`ddim` and `euler` are one sampler, theory §2).
 */
export function samplerNote(className: string, runs: readonly string[], solver: string, sampler: string | undefined): string[] {
  if (sampler === undefined || runs.includes(sampler)) return [];
  return [`${className} runs ${solver}; these levels are for ${sampler}`];
}

/** klsched's samplers that the Euler solver on the probability-flow ODE is: DDIM with η = 0 and Euler. */
export const EULER_SAMPLERS = ["ddim", "ddim:eta=0", "euler", "euler-ancestral:eta=0"] as const;
