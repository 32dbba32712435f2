import { describe, expect, it } from "vitest";
import { type Claim, checkClaim, exampleBlocks, parseClaim, rewriteExample } from "./doc-examples.js";

/** The claim of a comment, failing the test when the comment is prose. */
function claim(comment: string): Claim {
  const parsed = parseClaim(comment);
  if (parsed === undefined) throw new Error(`"${comment}" is prose`);
  return parsed;
}

const holds = (actual: unknown, comment: string) => checkClaim(actual, claim(comment)) === undefined;

describe("parseClaim: which comments are claims", () => {
  it.each([
    "20",
    "0.0966",
    "≈ 0.0966",
    "-1.5e-7",
    "Infinity",
    "NaN",
    "true",
    "undefined",
    '"karras"',
    "'it''s'".replace("''", "\\'"),
    "[1, 2, …]",
    '{ kind: "karras", rho: 7 }',
    '{ "kind": "karras", … }',
    "Float64Array [2.6666…, 0.6666…]",
    "Float64Array(2) [ 1, 2 ]",
  ])("%s is a claim", (comment) => {
    expect(parseClaim(comment)).toBeDefined();
  });

  it.each([
    "≈ 0.0966, as forwardKL(Math.log(2), 0, 1)",
    "the time of σ ≈ 3.35",
    "11: ten noisy levels",
    "descending",
    "KL(N(0, 1) ‖ N(0, 2)) = ½(½ − 1 + ln 2) ≈ 0.0966",
    "[901, 801, …, 1]",
    "",
  ])("%s is prose", (comment) => {
    expect(parseClaim(comment)).toBeUndefined();
  });
});

describe("checkClaim: numbers", () => {
  it("an integer is exact, a decimal holds to the digits shown, 12 digits and more to 1e-12 relative", () => {
    expect(holds(20, "20")).toBe(true);
    expect(holds(20.4, "20")).toBe(false);
    expect(holds(0, "0")).toBe(true);
    expect(holds(1e-17, "0")).toBe(false);
    expect(holds(0.0966, "0.0966")).toBe(true);
    expect(holds(0.09664, "0.0966")).toBe(true);
    expect(holds(0.09666, "0.0966")).toBe(false);
    expect(holds(1.52e-7, "1.5e-7")).toBe(true);
    expect(holds(1.56e-7, "1.5e-7")).toBe(false);
    expect(holds(5.000000001666667e-19, "5.000000001666667e-19")).toBe(true);
    expect(holds(5.00000000166e-19, "5.000000001666667e-19")).toBe(false);
  });

  it("≈ holds to the digits shown, an integer after ≈ included", () => {
    expect(holds(0.096_573, "≈ 0.0966")).toBe(true);
    expect(holds(3.4, "≈ 3")).toBe(true);
    expect(holds(3.6, "≈ 3")).toBe(false);
  });

  it("a trailing … means the digits shown begin the value", () => {
    expect(holds(2 / 3, "0.6666…")).toBe(true);
    expect(holds(0.6667, "0.6666…")).toBe(false);
    expect(holds(Math.PI / 4, "0.785…")).toBe(true);
    expect(holds(-0.7854, "-0.785…")).toBe(true);
    expect(holds(0.7854, "-0.785…")).toBe(false);
  });

  it("Infinity and NaN are exact; a number never matches another type", () => {
    expect(holds(Number.POSITIVE_INFINITY, "Infinity")).toBe(true);
    expect(holds(1e308, "Infinity")).toBe(false);
    expect(holds(Number.NaN, "NaN")).toBe(true);
    expect(holds("1", "1")).toBe(false);
  });
});

describe("checkClaim: strings, literals, arrays, objects", () => {
  it("strings are exact unless they end with …", () => {
    expect(holds("karras", '"karras"')).toBe(true);
    expect(holds("karras:rho=7", '"karras"')).toBe(false);
    expect(holds("spectrum=x: unknown kind", '"spectrum=x: unknown…"')).toBe(true);
    expect(holds("it's", "'it\\'s'")).toBe(true);
  });

  it("true, false, null and undefined are themselves", () => {
    expect(holds(true, "true")).toBe(true);
    expect(holds(1, "true")).toBe(false);
    expect(holds(undefined, "undefined")).toBe(true);
    expect(holds(null, "undefined")).toBe(false);
  });

  it("arrays match element by element; a trailing … lets more elements follow", () => {
    expect(holds([1, "a", true], '[1, "a", true]')).toBe(true);
    expect(holds([1, 2, 3], "[1, 2]")).toBe(false);
    expect(holds([1, 2, 3], "[1, 2, …]")).toBe(true);
    expect(holds(Float64Array.of(1, 2), "[1, 2]")).toBe(false);
  });

  it("typed arrays name their type", () => {
    expect(holds(Float64Array.of(8 / 3, 2 / 3), "Float64Array [2.6666…, 0.6666…]")).toBe(true);
    expect(holds(Float64Array.of(1, 2), "Float64Array(2) [ 1, 2 ]")).toBe(true);
    expect(holds(Float32Array.of(1, 2), "Float64Array [1, 2]")).toBe(false);
    expect(holds([1, 2], "Float64Array [1, 2]")).toBe(false);
  });

  it("objects claim exactly their keys (undefined ones absent) unless they end with …", () => {
    expect(holds({ kind: "karras", rho: 7 }, '{ kind: "karras", rho: 7 }')).toBe(true);
    expect(holds({ kind: "karras", rho: 7, extra: undefined }, '{ "kind": "karras", "rho": 7 }')).toBe(true);
    expect(holds({ kind: "karras", rho: 7 }, '{ kind: "karras" }')).toBe(false);
    expect(holds({ kind: "karras", rho: 7 }, '{ kind: "karras", … }')).toBe(true);
    expect(holds({ a: { b: [0.5] } }, "{ a: { b: [0.50] } }")).toBe(true);
  });

  it("a failed claim says what was found and where", () => {
    expect(checkClaim({ a: [1, 2.5] }, claim("{ a: [1, 2.4] }"))).toBe("got 2.5 at a[1], the comment claims 2.4 (±0.05)");
  });
});

describe("rewriteExample", () => {
  const code = [
    'import { phi } from "@klsched/core-linalg";',
    "phi(0); // 0",
    "const x = phi(1); // 0.718…",
    "phi(2); // e² − 3, about 4.389",
    "if (x > 0) {",
    "  phi(3); // 16.0855",
    "}",
  ].join("\n");

  it("turns the claims of top-level lines into calls, keeps every line in place and reports nested claims", () => {
    const { module, claims, misplaced } = rewriteExample(code);
    const lines = module.split("\n");
    expect(lines[0]).toBe('import { phi } from "@klsched/core-linalg"; export default async function __example(__claim) {');
    expect(lines[1]).toBe("__claim(phi(0), 0); // 0");
    expect(lines[2]).toBe("const x = phi(1); __claim(x, 1); // 0.718…");
    expect(lines[3]).toBe("phi(2); // e² − 3, about 4.389");
    expect(claims.map((c) => c.line)).toEqual([2, 3]);
    expect(misplaced).toEqual([6]);
  });

  it("wraps an example without imports from its first line", () => {
    expect(rewriteExample("Math.max(1, 2); // 2").module).toBe(
      "export default async function __example(__claim) { __claim(Math.max(1, 2), 0); // 2\n}\n",
    );
  });
});

describe("exampleBlocks", () => {
  it("finds the ```ts blocks of @example tags with their lines, and tags without one", () => {
    const comment = [
      "/**",
      " * Doubles.",
      " *",
      " * @example",
      " * ```ts",
      " * double(2); // 4",
      " *   // indented",
      " * ```",
      " * @example",
      " * double(3) is 6",
      " * @returns twice x",
      " */",
    ].join("\n");
    expect(exampleBlocks(comment, 10)).toEqual({
      blocks: [{ line: 15, code: "double(2); // 4\n  // indented" }],
      withoutCode: [18],
    });
  });
});
