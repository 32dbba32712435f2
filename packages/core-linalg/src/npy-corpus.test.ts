import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isKlschedError } from "./klsched-error.js";
import { parseNpy } from "./npy.js";

/** One edited file and numpy's verdict on it (scripts/npy-header-corpus.py, numpy as the oracle). */
interface CorpusCase {
  readonly name: string;
  readonly bytes: string;
  readonly numpy:
    | { readonly ok: false; readonly error: string }
    | { readonly ok: true; readonly dtype: string; readonly shape: number[]; readonly values?: (number | string)[] };
}

const corpus = JSON.parse(readFileSync(new URL("./fixtures/npy-headers.json", import.meta.url), "utf8")) as {
  numpy: string;
  cases: CorpusCase[];
};
const FLOATS = ["<f4", "<f8", ">f4", ">f8"];

/** What parseNpy makes of a case: its shape and values, or its typed error's message. */
function ours(c: CorpusCase): { shape: readonly number[]; values: number[] } | { error: string } {
  try {
    const { shape, data } = parseNpy(Buffer.from(c.bytes, "base64"));
    return { shape, values: Array.from(data) };
  } catch (error) {
    if (!isKlschedError(error)) return { error: `untyped ${(error as Error).name}: ${(error as Error).message}` };
    return { error: error.message };
  }
}

describe(`parseNpy agrees with numpy ${corpus.numpy} on ${corpus.cases.length} edited .npy files (src/fixtures/npy-headers.json)`, () => {
  it("every file numpy loads as float32/float64 is read with numpy's shape and values", () => {
    const disagreements = corpus.cases.flatMap((c) => {
      if (!c.numpy.ok || !FLOATS.includes(c.numpy.dtype)) return [];
      const result = ours(c);
      if ("error" in result) return [`${c.name}: numpy loads ${c.numpy.dtype}, parseNpy refuses (${result.error})`];
      const values = (c.numpy.values ?? []).map(Number);
      if (result.shape.join() !== c.numpy.shape.join() || result.values.join() !== values.join()) {
        return [`${c.name}: shape (${result.shape}) values ${result.values} vs numpy (${c.numpy.shape}) ${values}`];
      }
      return [];
    });
    expect(disagreements).toEqual([]);
  });

  it("every file numpy refuses is refused with a typed error", () => {
    const disagreements = corpus.cases.flatMap((c) => {
      if (c.numpy.ok) return [];
      const result = ours(c);
      return "error" in result && !result.error.startsWith("untyped")
        ? []
        : [`${c.name}: numpy refuses (${c.numpy.error}), parseNpy ${"error" in result ? result.error : "reads it"}`];
    });
    expect(disagreements).toEqual([]);
  });

  it("every file numpy loads with another dtype is refused as an unsupported dtype", () => {
    const disagreements = corpus.cases.flatMap((c) => {
      if (!c.numpy.ok || FLOATS.includes(c.numpy.dtype)) return [];
      const result = ours(c);
      return "error" in result && /unsupported (structured )?dtype/.test(result.error)
        ? []
        : [`${c.name}: numpy ${c.numpy.dtype}, parseNpy ${"error" in result ? result.error : "reads it"}`];
    });
    expect(disagreements).toEqual([]);
  });

  it("the corpus holds the decoy of issue 14: a commented-out 'descr': '<f4' before the real '<f8'", () => {
    const decoy = corpus.cases.find((c) => c.name.includes("# 'descr': '<f4'"));
    expect(decoy?.numpy.ok && decoy.numpy.dtype).toBe("<f8");
    const read = decoy === undefined ? undefined : ours(decoy);
    expect(read !== undefined && "values" in read ? read.values : []).toEqual([1, 2.5, 4, 5.5, 7, 8.5]);
  });
});
