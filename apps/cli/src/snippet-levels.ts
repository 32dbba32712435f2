/**
 * The levels of a snippet that `schedule --format <target>` printed, pasted whole into `--sigmas` or
 * `--timesteps`: the list on its `sigmas = […]`, `timesteps = […]` or `ramp = torch.tensor([…])` line, and
 * the export target its import line names (`from diffusers import EDMEulerScheduler` →
 * `diffusers:EDMEulerScheduler`; `from k_diffusion import sampling` → `k-diffusion`), which says the unit.
 */
export interface SnippetLevels {
  /** The variable the values are assigned to. */
  readonly name: "sigmas" | "timesteps" | "ramp";
  /** The list's text, without its brackets. */
  readonly list: string;
  /** The export target the import line names, if any. */
  readonly target?: string;
}

/** The snippet's levels, or undefined when `text` is not a multi-line snippet with one such list. */
export function snippetLevels(text: string): SnippetLevels | undefined {
  if (!text.includes("\n")) return undefined;
  const lines = text.split(/\r?\n/);
  const assignments = lines
    .map((line) => /^(sigmas|timesteps|ramp) = (?:torch\.tensor\()?\[([^\]]*)\](?:, dtype=torch\.\w+)?\)?\s*$/.exec(line))
    .filter((match) => match !== null);
  const [first] = assignments;
  if (first === undefined || assignments.length > 1) return undefined;
  const imported = lines.map((line) => /^from diffusers import (\w+)\s*$/.exec(line)?.[1]).find((name) => name !== undefined);
  const target =
    imported !== undefined
      ? `diffusers:${imported}`
      : lines.some((l) => /^from k_diffusion import /.test(l))
        ? "k-diffusion"
        : undefined;
  return {
    name: first[1] as SnippetLevels["name"],
    list: first[2] as string,
    ...(target === undefined ? {} : { target }),
  };
}
