import { statSync } from "node:fs";
import { extname } from "node:path";
import type { DataMatrix, GaussianMixture } from "@klsched/core-linalg";
import { fitMixture, loadDataset, type MixtureFit, openImageFolder, openNpyData, parseMixtureFit } from "@klsched/datasets";
import { flagSource, fromFlag } from "./flag-source.js";
import type { Progress } from "./progress-line.js";

/** Real data as `validate --data` reads it, labels when it has them. */
export type LabelledData = DataMatrix & { readonly labels?: Uint8Array };

/** `--data`: `mnist` (a built-in dataset), a `.npy` matrix, or else a folder of images. */
export function readData(text: string, progress: Progress): LabelledData {
  return fromFlag(flagSource("--data", text, "data"), () => {
    if (text === "mnist") return loadDataset(text, { onProgress: progress.task(`loading ${text}`) }, "data");
    if (extname(text).toLowerCase() === ".npy") return openNpyData(text, "data");
    if (statSync(text, { throwIfNoEntry: false })?.isDirectory())
      return openImageFolder(text, { onProgress: progress.task(`scanning ${text}`) }, "data");
    return openNpyData(text, "data"); // reports the file as missing or unreadable
  });
}

/** `--mixture` (default `class` for labelled data, `kmeans` otherwise). */
export function readMixtureFit(text: string | undefined, data: LabelledData): MixtureFit {
  const spec = text ?? (data.labels === undefined ? "kmeans" : "class");
  return fromFlag(flagSource("--mixture", spec, "mixture"), () => parseMixtureFit(spec, "mixture"));
}

/** The mixture fitted to the data; errors (too few points, rank above d, no labels) blame `--mixture`, a bad value `--data`. */
export function fitData(
  data: LabelledData,
  fit: MixtureFit,
  text: string,
  dataText: string,
  progress: Progress,
): GaussianMixture {
  return fromFlag(
    flagSource("--mixture", text, "mixture"),
    () =>
      fitMixture(data, fit, {
        argument: "mixture",
        onProgress: (stage, done, total) =>
          progress.task(stage === "reading" ? `reading ${data.label}` : `fitting (${stage})`)(done, total),
      }),
    { data: flagSource("--data", dataText, "data") },
  );
}
