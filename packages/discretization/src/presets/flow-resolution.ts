import { InvalidArgumentError } from "@klsched/core-linalg";
import { flowShiftMu } from "../flow-process.js";

/** An image size in pixels. */
export interface Resolution {
  readonly width: number;
  readonly height: number;
}

/**
 * Reads `1024` (square) or `1360x768` (width × height) as a resolution in pixels: integers from 16 to
 * 16384 (CLI `--resolution`).
 *
 * @example
 * ```ts
 * import { parseResolution } from "@klsched/discretization";
 * parseResolution("1360x768"); // { width: 1360, height: 768 }
 * ```
 * @throws InvalidArgumentError naming `resolution` for any other text.
 */
export function parseResolution(text: string, argument = "resolution"): Resolution {
  const match = /^\s*(\d+)\s*(?:[x×]\s*(\d+))?\s*$/.exec(text);
  const width = match === null ? Number.NaN : Number(match[1]);
  const height = match === null ? Number.NaN : Number(match[2] ?? match[1]);
  for (const side of [width, height]) {
    if (!(Number.isInteger(side) && side >= 16 && side <= 16384)) {
      throw new InvalidArgumentError(argument, text, "expected a size in pixels: N (square) or WxH, each from 16 to 16384");
    }
  }
  return { width, height };
}

/**
 * The image sequence length of a Flux-type transformer at a resolution: the VAE's factor 8, then 2 × 2
 * patches (FluxPipeline.prepare_latents and _pack_latents): ⌊H/16⌋ · ⌊W/16⌋ tokens; 4096 at 1024².
 */
export function fluxImageSeqLen(resolution: Resolution): number {
  return Math.floor(resolution.height / 16) * Math.floor(resolution.width / 16);
}

/**
 * The μ FluxPipeline passes the scheduler at a resolution: `calculate_shift(image_seq_len,
 * base_image_seq_len, max_image_seq_len, base_shift, max_shift)` with the scheduler config's values.
 */
export function fluxMu(
  resolution: Resolution,
  config: { baseSeqLen: number; maxSeqLen: number; baseShift: number; maxShift: number } = {
    baseSeqLen: 256,
    maxSeqLen: 4096,
    baseShift: 0.5,
    maxShift: 1.15,
  },
): number {
  return flowShiftMu(fluxImageSeqLen(resolution), config.baseSeqLen, config.maxSeqLen, config.baseShift, config.maxShift);
}
