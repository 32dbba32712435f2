import { defineExportTarget, type ExportTarget } from "./export-target.js";

/**
 * A target that takes no custom levels (its `set_timesteps(num_inference_steps)` has no `timesteps` or
 * `sigmas`, so a pipeline refuses them), written as the target that runs the same sampler with them: every
 * export prints that target's text with a note saying so.
 */
export function redirectTarget(name: string, summary: string, instead: ExportTarget, reason: string): ExportTarget {
  const note = `${name.replace(/^diffusers:/, "")} takes no custom levels (${reason}): printed ${instead.name} instead`;
  return defineExportTarget({
    name,
    tool: instead.tool,
    summary,
    unit: instead.unit,
    flag: instead.flag,
    integerTimesteps: instead.integerTimesteps,
    instead: { target: instead.name, reason },
    refusal: (schedule) => instead.refusal(schedule),
    export: (schedule, context) => {
      const exported = instead.export(schedule, context);
      return { ...exported, notes: [note, ...exported.notes] };
    },
    read: (process, values) => instead.read(process, values),
  });
}
