import { withPipeline } from "../presets/with-pipeline.js";
import { defineProcess, type ProcessDescriptor } from "../process-descriptor.js";
import type { DistilledModel } from "./distilled-model.js";
import { DISTILLED_MODELS } from "./distilled-models.js";

/** A distilled model as a `--process` preset: its base process, with its training levels as the pipeline's default. */
function distilledPreset(model: DistilledModel): ProcessDescriptor {
  return defineProcess({
    kind: model.name,
    summary: `${model.model}, distilled: ${model.trainedOn}`,
    keys: {},
    make: (_values, spec) =>
      withPipeline(model.base(), spec.text, {
        model: model.model,
        source: model.source,
        defaultStrategy: model.strategy,
        ...(model.shift === undefined ? {} : { shift: model.shift }),
        notes: [`${model.model} was distilled on fixed levels (${model.trainedOn}): use them as they are`],
        distilled: { name: model.name, steps: model.steps, summary: model.trainedOn },
      }),
  });
}

/** The distilled models' presets, by name (the process registry spreads them in). */
export const DISTILLED_PRESETS = Object.fromEntries(
  Object.entries(DISTILLED_MODELS).map(([name, model]) => [name, distilledPreset(model)]),
) as { readonly [K in keyof typeof DISTILLED_MODELS]: ProcessDescriptor };
