import { KlschedError } from "./klsched-error.js";

/**
 * A file whose contents are damaged or not what its type promises (a PNG whose image data do not
 * decompress, a JPEG cut short, a `.npy` header that is not the dict numpy writes). `argument` names the
 * input (`images`, `spectrum`, …), `file` the file, `reason` what is wrong, in klsched's words (never a
 * third-party decoder's message).
 *
 * @example
 * ```ts
 * import { CorruptFileError } from "@klsched/core-linalg";
 * new CorruptFileError("images", "a.png", "the image data do not decompress").message; // 'images: "a.png": the image data do not decompress'
 * ```
 */
export class CorruptFileError extends KlschedError {
  readonly argument: string;
  readonly file: string;
  readonly reason: string;

  constructor(argument: string, file: string, reason: string) {
    super("corrupt-file", `${argument}: ${JSON.stringify(file)}: ${reason}`);
    this.argument = argument;
    this.file = file;
    this.reason = reason;
  }
}
