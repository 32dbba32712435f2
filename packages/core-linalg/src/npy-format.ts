/**
 * `@klsched/core-linalg/npy`: the pieces of the `.npy` format a streaming reader needs (the preamble, the
 * header, the element types), for readers that take a file's rows batch by batch instead of as one
 * buffer (`@klsched/datasets`' `openNpyData`). Whole-buffer reading and writing is `parseNpy` and
 * `encodeNpy` in the main entry.
 *
 * @module npy
 */
export {
  NPY_PREAMBLE_BYTES,
  type NpyElement,
  type NpyHeader,
  npyDtypeProblem,
  npyHeaderLength,
  parseNpyHeader,
} from "./npy.js";
