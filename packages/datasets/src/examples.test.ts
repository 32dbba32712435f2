import { checkDocExamples } from "../../../scripts/doc-examples.js";
import { pngBytes } from "./test-support/image-writer.js";
import { npyBytes } from "./test-support/npy-writer.js";

/** A 4 × 4 grey image whose pixels are `level` on the left half and 255 − `level` on the right. */
function halves(level: number): Uint8Array {
  const pixels = Array.from({ length: 16 }, (_, p) => (p % 4 < 2 ? level : 255 - level));
  return pngBytes(4, 4, pixels, 1);
}

// The files the examples read, in the folder they run in: what a user's working directory would hold.
checkDocExamples(import.meta.url, {
  files: {
    "x.npy": npyBytes([1, 0, -1, 0, 0, 2, 0, -2], [4, 2]),
    "eigenvalues.csv": "# eigenvalue\n0.5\n2\n",
    "images/a.png": halves(0),
    "images/b.png": halves(64),
    "images/night/c.png": halves(255),
    "images/broken.png": "not a PNG",
    "images/notes.txt": "not an image",
  },
});
