import { statSync } from "node:fs";
import { dirname, extname } from "node:path";
import {
  createSpectrum,
  type DataMatrix,
  encodeNpy,
  type ImageShape,
  type SpectrumSummary,
  summarizeSpectrum,
  TAIL_MODELS,
  type TailModel,
} from "@klsched/core-linalg";
import {
  type ChannelLayout,
  encodeShard,
  loadDataset,
  type MeasuredSpectrum,
  measureSpectrum,
  measureTopSpectrum,
  mergeShards,
  openImageFolder,
  openNpyData,
  SHARD_FORMAT_VERSION,
  type TopSpectrum,
} from "@klsched/datasets";
import { writeFlagFile } from "../atomic-write.js";
import { type FlagSource, flagSource, fromFlag } from "../flag-source.js";
import { formatSignificant, jsonLine, jsonNumber, jsonNumbers } from "../numbers.js";
import { type Progress, silentProgress } from "../progress-line.js";
import { UsageError } from "../usage-error.js";

/** The options of `klsched spectrum` after commander has read them. */
export interface SpectrumOptions {
  readonly images?: string | undefined;
  readonly size?: string | undefined;
  readonly maxPixels?: string | undefined;
  readonly stationary?: true | undefined;
  readonly npy?: string | undefined;
  readonly layout?: string | undefined;
  readonly dataset?: string | undefined;
  readonly floor?: string | undefined;
  readonly partial?: string | undefined;
  readonly merge?: string[] | undefined;
  readonly topK?: string | undefined;
  readonly tail?: string | undefined;
  readonly out?: string | undefined;
  readonly json?: true | undefined;
  readonly quiet?: true | undefined;
}

/** The file types `--out` writes, both read back by every `--spectrum`. */
export const SPECTRUM_OUT_EXTENSIONS = [".npy", ".json"] as const;

/** What `klsched spectrum` prints: the result for stdout, warnings for stderr. */
export interface SpectrumRun {
  readonly stdout: string;
  readonly warnings: readonly string[];
}

/**
 * Runs `klsched spectrum`: checks every flag, reads the data (nothing is written until all of it has been
 * read), measures the spectrum, writes `--out` if asked, and returns what to print.
 */
export async function spectrumRun(options: SpectrumOptions, progress: Progress = silentProgress): Promise<SpectrumRun> {
  if (options.merge !== undefined) return mergeRun(options, options.merge, progress);
  const input = readInput(options);
  const topK = readTopK(options);
  const out = options.out === undefined ? undefined : checkOut(options.out);
  const floor = options.floor === undefined ? undefined : readFloor(options.floor);
  const partial = options.partial === undefined ? undefined : checkPartial(options, options.partial);
  const { data, warnings } = fromFlag(input.source, () => input.open(progress), input.others);
  if (options.stationary && input.layout === undefined && data.image === undefined && data.rowShape?.length !== 3) {
    const shape = `an n × ${data.dimension} matrix`;
    throw new UsageError(
      "--stationary",
      undefined,
      `needs images or latents: ${shape}; give --layout C,H,W or a 4-D n × C × H × W .npy`,
    );
  }
  if (partial !== undefined) return partialRun(input, data, partial, warnings, options, progress);
  const measured =
    topK === undefined
      ? fromFlag(
          input.source,
          () =>
            measureSpectrum(data, {
              method: options.stationary ? "stationary" : "exact",
              ...(input.layout === undefined ? {} : { layout: input.layout }),
              floor,
              onProgress: (stage, done, total) =>
                progress.task(stage === "reading" ? `reading ${data.label}` : "eigenvalues")(done, total),
            }),
          { ...input.others, floor: flagSource("--floor", options.floor) },
        )
      : measureTop(data, topK, input, progress);
  progress.clear();
  return printSpectrum(inputSource(input), "image" in measured ? measured.image : data.image, measured, out, warnings, options);
}

/** Checks, writes `--out` if asked, and returns what to print, for any input. */
async function printSpectrum(
  input: SourceRecord,
  image: ImageShape | undefined,
  measured: MeasuredSpectrum | TopSpectrum,
  out: string | undefined,
  warnings: string[],
  options: SpectrumOptions,
): Promise<SpectrumRun> {
  // A covariance is positive semi-definite: a value a little below 0 is rounding, and printed as 0.
  const eigenvalues = measured.eigenvalues.map((value) => Math.max(value, 0));
  const summary = fromFlag(input.source, () => summarizeSpectrum(eigenvalues));
  const record = spectrumRecord(input, image, measured, summary, eigenvalues);
  if (out !== undefined) await writeOut(out, record, eigenvalues, input.source);
  if (options.json) return { stdout: jsonLine(record), warnings };
  return { stdout: humanSummary(input, image, measured, summary, eigenvalues, out), warnings };
}

/** The input as the output names it: its flag and value, and the JSON `source` object. */
interface SourceRecord {
  readonly source: FlagSource;
  readonly json: Readonly<Record<string, unknown>>;
}

function inputSource(input: Input): SourceRecord {
  return { source: input.source, json: { [input.kind]: input.source.value } };
}

/** Which input flag was given, and how to open it. */
interface Input {
  readonly kind: "images" | "npy" | "dataset";
  readonly source: FlagSource;
  readonly others: Readonly<Record<string, FlagSource>>;
  /** `--layout`, parsed. */
  readonly layout?: ChannelLayout;
  open(progress: Progress): { data: DataMatrix; warnings: string[] };
}

function readInput(options: SpectrumOptions): Input {
  const given = (["images", "npy", "dataset"] as const).filter((key) => options[key] !== undefined);
  if (given.length === 0) {
    throw new UsageError("--images, --npy or --dataset", undefined, "one is required (the data to measure)");
  }
  if (given.length > 1) {
    const [first, second] = given as [string, string];
    throw new UsageError(`--${second}`, options[second as "npy"], `cannot be combined with --${first}; give one input`);
  }
  const kind = given[0] as Input["kind"];
  if (options.size !== undefined && kind !== "images") {
    throw new UsageError("--size", options.size, "only applies to --images");
  }
  if (options.maxPixels !== undefined && kind !== "images") {
    throw new UsageError("--max-pixels", options.maxPixels, "only applies to --images");
  }
  if (options.layout !== undefined && kind !== "npy") {
    throw new UsageError("--layout", options.layout, "only applies to --npy (images have their own layout)");
  }
  const text = options[kind] as string;
  const source = flagSource(`--${kind}`, text);
  switch (kind) {
    case "images": {
      const size = options.size === undefined ? undefined : readSize(options.size);
      const maxPixels = options.maxPixels === undefined ? undefined : readMaxPixels(options.maxPixels);
      return {
        kind,
        source,
        others: { size: flagSource("--size", options.size), "max-pixels": flagSource("--max-pixels", options.maxPixels) },
        open: (progress) => {
          const folder = openImageFolder(text, { size, maxPixels, onProgress: progress.task(`scanning ${text}`) }, "images");
          const warnings =
            folder.skipped.length === 0
              ? []
              : [
                  `--images ${JSON.stringify(text)}: skipped ${plural(folder.skipped.length, "file")} not PNG or JPEG: ${list(folder.skipped)}`,
                ];
          return { data: folder, warnings };
        },
      };
    }
    case "npy":
      return {
        kind,
        source,
        others: { layout: flagSource("--layout", options.layout) },
        ...(options.layout === undefined ? {} : { layout: readLayout(options.layout) }),
        open: () => ({ data: openNpyData(text, "npy"), warnings: [] }),
      };
    case "dataset":
      return {
        kind,
        source,
        others: {},
        open: (progress) => ({
          data: loadDataset(text, { onProgress: progress.task(`loading ${text}`) }, "dataset"),
          warnings: [],
        }),
      };
  }
}

/** `--top-k` and `--tail`, read before any data: k a positive integer (checked against d once it is known). */
interface TopK {
  readonly k: number;
  readonly text: string;
  readonly tail: TailModel;
}

function readTopK(options: SpectrumOptions): TopK | undefined {
  if (options.topK === undefined) {
    if (options.tail !== undefined) throw new UsageError("--tail", options.tail, "only applies with --top-k");
    return undefined;
  }
  const text = options.topK;
  const k = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !(Number.isSafeInteger(k) && k >= 1)) {
    throw new UsageError("--top-k", text, "expected a positive integer below d");
  }
  if (options.stationary) throw new UsageError("--top-k", text, "cannot be combined with --stationary; give one method");
  if (options.floor !== undefined)
    throw new UsageError("--floor", options.floor, "only applies to the Gram route, not with --top-k");
  if (options.partial !== undefined) {
    throw new UsageError("--partial", options.partial, "writes the covariance state; it cannot be combined with --top-k");
  }
  const tail = options.tail ?? "density";
  if (!(TAIL_MODELS as readonly string[]).includes(tail)) {
    throw new UsageError("--tail", tail, `unknown tail model (expected one of ${TAIL_MODELS.join(", ")})`);
  }
  return { k, text, tail: tail as TailModel };
}

/** `--top-k`: the top k by passes over the data (k ≥ d is a usage error naming the flag), and the tail. */
function measureTop(data: DataMatrix, topK: TopK, input: Input, progress: Progress): TopSpectrum {
  if (topK.k >= data.dimension) {
    throw new UsageError("--top-k", topK.text, `expected an integer below d = ${data.dimension} (the tail needs a direction)`);
  }
  return fromFlag(
    input.source,
    () =>
      measureTopSpectrum(data, {
        k: topK.k,
        tail: topK.tail,
        onProgress: (pass, done, total) => progress.task(`pass ${pass} over ${data.label}`)(done, total),
      }),
    { ...input.others, k: flagSource("--top-k", topK.text), basis: flagSource("--top-k", topK.text) },
  );
}

/** The additive `topK` field of the JSON: what is measured and what is modelled. */
function topKRecord(measured: TopSpectrum): Record<string, unknown> {
  return {
    k: measured.k,
    tail: measured.tail,
    passes: measured.passes,
    basisSize: measured.basisSize,
    converged: measured.converged,
    topTrace: measured.topTrace,
    tailTrace: measured.tailTrace,
  };
}

/** `--size`: an integer from 1 to 4096. */
function readSize(text: string): number {
  const size = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !(size >= 1 && size <= 4096)) {
    throw new UsageError("--size", text, "expected an integer from 1 to 4096");
  }
  return size;
}

/** `--layout`: C,H,W, three positive integers (channels, height, width). */
function readLayout(text: string): ChannelLayout {
  const parts = text.split(",").map((part) => part.trim());
  const [channels, height, width] = parts.map(Number) as [number, number, number];
  if (parts.length !== 3 || !parts.every((part) => /^\d+$/.test(part)) || !(channels >= 1 && height >= 1 && width >= 1)) {
    throw new UsageError("--layout", text, "expected C,H,W: three positive integers (channels, height, width), e.g. 4,64,64");
  }
  return { channels, height, width };
}

/** `--max-pixels`: a positive integer (a number of pixels, width × height). */
function readMaxPixels(text: string): number {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !(Number.isSafeInteger(value) && value >= 1)) {
    throw new UsageError("--max-pixels", text, "expected a positive integer (pixels, width × height)");
  }
  return value;
}

/** `--out`: a `.npy` or `.json` path in a folder that exists. */
function checkOut(path: string): string {
  const extension = extname(path).toLowerCase();
  if (!(SPECTRUM_OUT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UsageError("--out", path, `unknown file type "${extension}" (expected ${SPECTRUM_OUT_EXTENSIONS.join(" or ")})`);
  }
  checkFolder("--out", path);
  return path;
}

/** The folder of an output file exists, and the path is not a folder itself. */
function checkFolder(flag: string, path: string): void {
  let folder = false;
  try {
    folder = statSync(dirname(path)).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) throw new UsageError(flag, path, `the folder ${dirname(path)} does not exist`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(flag, path, `is a folder; give a file name ending in ${flag === "--out" ? ".npy or .json" : ".npz"}`);
  }
}

/** The JSON of stdout and of a `.json` `--out` file: `{d, n, trace, …, eigenvalues}`. */
function spectrumRecord(
  input: SourceRecord,
  image: ImageShape | undefined,
  measured: MeasuredSpectrum | TopSpectrum,
  summary: SpectrumSummary,
  eigenvalues: Float64Array,
): Record<string, unknown> {
  return {
    source: input.json,
    label: measured.label,
    method: measured.method,
    ...(measured.route === undefined ? {} : { route: measured.route }),
    d: measured.dimension,
    n: measured.rows,
    ...(image === undefined ? {} : { image }),
    ...(measured.floor === undefined ? {} : { floor: measured.floor }),
    trace: measured.trace,
    dequantization: measured.dequantization,
    ...(measured.method === "top-k" ? { topK: topKRecord(measured) } : {}),
    summary: {
      effectiveRank: summary.effectiveRank,
      participationRatio: summary.participationRatio,
      conditionNumber: jsonNumber(summary.conditionNumber),
      largest: summary.largest,
      smallest: summary.smallest,
    },
    eigenvalues: jsonNumbers(eigenvalues),
  };
}

/**
 * Writes `--out` (all or nothing). The eigenvalues must make a usable `--spectrum`, so a covariance that
 * is singular to working precision — an eigenvalue at most d·ε·λ_max, the eigensolver's error bound —
 * is refused: that happens only for continuous data with n ≤ d, or a column that is constant or a
 * combination of others (quantised data always have the dequantisation variance).
 */
async function writeOut(
  path: string,
  record: Record<string, unknown>,
  eigenvalues: Float64Array,
  source: FlagSource,
): Promise<void> {
  const floor = eigenvalues.length * Number.EPSILON * (eigenvalues[0] as number);
  const zero = eigenvalues.filter((value) => !(value > floor)).length;
  if (zero > 0) {
    throw new UsageError(
      "--out",
      path,
      `${source.flag} ${JSON.stringify(source.value)} has a singular covariance (${zero} of ${eigenvalues.length} eigenvalues are 0 to working precision), which cannot serve as a --spectrum`,
    );
  }
  fromFlag(flagSource("--out", path), () => createSpectrum(eigenvalues)); // within [1e-60, 1e60], as every --spectrum requires
  await writeFlagFile("--out", path, extname(path).toLowerCase() === ".npy" ? encodeNpy(eigenvalues) : jsonLine(record));
}

/** A few lines for a human. */
function humanSummary(
  input: SourceRecord,
  image: ImageShape | undefined,
  measured: MeasuredSpectrum | TopSpectrum,
  summary: SpectrumSummary,
  eigenvalues: Float64Array,
  out: string | undefined,
): string {
  const shape =
    image === undefined
      ? ""
      : image.layout === "chw"
        ? ` (${image.channels}×${image.height}×${image.width}, channels first)`
        : ` (${image.height}×${image.width}×${image.channels} images)`;
  const method =
    measured.method === "top-k"
      ? `top ${measured.k} eigenvalues (block Krylov, ${measured.passes} passes${measured.converged ? "" : ", not settled"}) + ${measured.tail} tail of ${measured.dimension - measured.k} holding ${human(measured.tailTrace)} of the trace`
      : measured.method === "stationary"
        ? "stationary estimate (2-D power spectrum)"
        : "exact covariance eigenvalues (1/(n − 1))";
  const dequantized = measured.dequantization > 0 ? `, + ${human(measured.dequantization)} each (uniform dequantisation)` : "";
  const top = Array.from(eigenvalues.subarray(0, 8), human).join(" ");
  const lines = [
    `${input.source.flag} ${input.source.value}: n = ${measured.rows} rows, d = ${measured.dimension}${shape}`,
    `${method}${dequantized}`,
    ...(measured.method === "top-k" ? [] : floorLines(measured)),
    `trace ${human(measured.trace)}, effective rank ${human(summary.effectiveRank)}, participation ratio ${human(summary.participationRatio)}, condition number ${human(summary.conditionNumber)}`,
    `largest: ${top}${measured.dimension > 8 ? " …" : ""}`,
    `smallest: ${human(summary.smallest)}`,
  ];
  if (out !== undefined) lines.push(`wrote ${out} (${measured.dimension} eigenvalues; use it as --spectrum ${out})`);
  return `${lines.join("\n")}\n`;
}

/** 6 significant digits, in exponent form outside [1e-3, 1e6) where plain digits get long. */
function human(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return formatSignificant(x);
  return Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6 ? x.toExponential(3) : formatSignificant(x);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function list(files: readonly string[]): string {
  return `${files.slice(0, 3).join(", ")}${files.length > 3 ? ", …" : ""}`;
}

// ——— n ≤ d (the Gram route) and shards (--floor, --partial, --merge; issue 15) ———

/** `--floor`: a positive finite number. */
function readFloor(text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !(Number.isFinite(value) && value > 0)) {
    throw new UsageError("--floor", text, "expected a positive number (the variance of each direction the rows do not span)");
  }
  return value;
}

/** The summary line of the floor, when the rows span fewer directions than d. */
function floorLines(measured: MeasuredSpectrum): string[] {
  const floor = measured.floor;
  if (floor === undefined) return [];
  const why =
    floor.source === "flag"
      ? "--floor"
      : floor.source === "dequantization"
        ? "the dequantisation variance; set with --floor"
        : "λ_min·(n − 1)/d, the noise level of the smallest; set with --floor";
  const route = measured.route === "gram" ? "Gram route (n ≤ d): " : "n ≤ d: ";
  return [
    `${route}${plural(floor.rank, "nonzero eigenvalue")}; the other ${floor.directions} directions floored at ${human(floor.value)} (${why})`,
  ];
}

/** `--partial`: a `.npz` path in a folder that exists, with an input whose rows it can hold. */
function checkPartial(options: SpectrumOptions, path: string): string {
  for (const flag of ["out", "floor", "stationary"] as const) {
    if (options[flag] !== undefined) {
      throw new UsageError(
        "--partial",
        path,
        `cannot be combined with --${flag}: a shard holds the rows' covariance state, not eigenvalues (merge shards with --merge)`,
      );
    }
  }
  if (extname(path).toLowerCase() !== ".npz") throw new UsageError("--partial", path, "expected a .npz file name");
  checkFolder("--partial", path);
  return path;
}

/** `klsched spectrum … --partial shard.npz`: the shard, written all or nothing, and a line saying so. */
async function partialRun(
  input: Input,
  data: DataMatrix,
  path: string,
  warnings: string[],
  options: SpectrumOptions,
  progress: Progress,
): Promise<SpectrumRun> {
  const bytes = fromFlag(
    input.source,
    () => encodeShard(data, { onProgress: progress.task(`reading ${data.label}`) }),
    input.others,
  );
  progress.clear();
  await writeFlagFile("--partial", path, bytes);
  const record = {
    source: { [input.kind]: input.source.value },
    label: data.label,
    d: data.dimension,
    n: data.rows,
    ...(data.image === undefined ? {} : { image: data.image }),
    partial: path,
    format: SHARD_FORMAT_VERSION,
  };
  if (options.json) return { stdout: jsonLine(record), warnings };
  return {
    stdout: `${input.source.flag} ${input.source.value}: n = ${data.rows} rows, d = ${data.dimension}\nwrote ${path} (covariance shard, format ${SHARD_FORMAT_VERSION}; merge shards with klsched spectrum --merge ${path} …)\n`,
    warnings,
  };
}

/** `klsched spectrum --merge a.npz b.npz …`: the eigenvalues of the shards' union, printed as any spectrum. */
async function mergeRun(options: SpectrumOptions, files: string[], progress: Progress): Promise<SpectrumRun> {
  const names = { maxPixels: "max-pixels", topK: "top-k" } as const;
  for (const flag of [
    "images",
    "npy",
    "dataset",
    "size",
    "maxPixels",
    "layout",
    "stationary",
    "partial",
    "topK",
    "tail",
  ] as const) {
    if (options[flag] !== undefined) {
      const name = flag === "maxPixels" || flag === "topK" ? names[flag] : flag;
      throw new UsageError("--merge", files.join(" "), `cannot be combined with --${name}; the shards are the input`);
    }
  }
  const out = options.out === undefined ? undefined : checkOut(options.out);
  const floor = options.floor === undefined ? undefined : readFloor(options.floor);
  const source = flagSource("--merge", files.join(" "));
  const measured = fromFlag(source, () => mergeShards(files, { floor, onProgress: progress.task("reading shards") }, "merge"), {
    floor: flagSource("--floor", options.floor),
  });
  progress.clear();
  return printSpectrum({ source, json: { merge: files } }, undefined, measured, out, [], options);
}
