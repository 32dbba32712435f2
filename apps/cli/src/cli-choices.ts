/**
 * The choice lists commander checks while it parses, written here so that defining a command loads no
 * library; a test checks each equals the library's own list.
 */

/** Where the reverse process starts (gaussian-flow's `PRIORS`). */
export const PRIORS = ["standard", "exact"] as const;

/** The formats `schedule` and `optimize` print (discretization's `SCHEDULE_FORMATS`). */
export const SCHEDULE_FORMATS = ["json", "csv", "diffusers", "comfyui"] as const;

/**
 * Every `--format` of `schedule` and `optimize`: the formats above, then the export targets of
 * discretization's `EXPORT_TARGETS` (`comfyui` is both), tool and scheduler class by name.
 */
export const EXPORT_FORMATS = [
  ...SCHEDULE_FORMATS,
  "k-diffusion",
  "diffusers:EulerDiscreteScheduler",
  "diffusers:DPMSolverMultistepScheduler",
  "diffusers:HeunDiscreteScheduler",
  "diffusers:FlowMatchEulerDiscreteScheduler",
  "diffusers:EDMEulerScheduler",
  "diffusers:DDIMScheduler",
  "diffusers:PNDMScheduler",
  "diffusers:EulerAncestralDiscreteScheduler",
  "diffusers:EDMDPMSolverMultistepScheduler",
] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What `kl --from` accepts: klsched's units `s` (σ/α) and `flow-t` (σ = t on flow), the `diffusers`
 * format, and every export target, whose reader reads its own values back.
 */
export const LEVEL_SOURCES = [
  "s",
  "flow-t",
  ...EXPORT_FORMATS.filter((format) => format !== "json" && format !== "csv"),
] as const;

/** The divergences `optimize --objective` takes, by each descriptor's `objective` name (kl-metrics' `DIVERGENCES`, in registry order). */
export const OBJECTIVES = ["kl", "reverse-kl", "w2", "symmetric-kl"] as const;
