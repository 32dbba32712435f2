import { InvalidArgumentError } from "./invalid-argument-error.js";

/**
 * A parsed spec of the one grammar every klsched input uses (the CLI reference, "Specs"):
 * `KIND` or `KIND:key=value,key=value`; list kinds (`sigmas:1,0.5,0.1`) carry bare items instead.
 */
export interface Spec {
  readonly text: string;
  readonly kind: string;
  readonly params: ReadonlyMap<string, string>;
  readonly items: readonly string[];
}

/**
 * Splits `KIND:key=value,…` into its kind, its key=value pairs and its bare items.
 *
 * @example
 * ```ts
 * import { parseSpec } from "@klsched/core-linalg";
 * const spec = parseSpec("karras:rho=7,shift=3");
 * spec.kind; // "karras"
 * spec.params.get("rho"); // "7"
 * parseSpec("sigmas:14.6,3,0.5").items; // ["14.6", "3", "0.5"]
 * ```
 * @throws InvalidArgumentError for a malformed kind, an empty item, a malformed pair or a key given twice.
 */
export function parseSpec(text: string, argument = "spec"): Spec {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(":");
  const kind = (colon < 0 ? trimmed : trimmed.slice(0, colon)).trim();
  if (!/^[a-z][a-z0-9_-]*$/i.test(kind)) {
    throw new InvalidArgumentError(argument, text, "expected KIND or KIND:key=value,…");
  }
  const params = new Map<string, string>();
  const items: string[] = [];
  if (colon >= 0) {
    for (const raw of trimmed.slice(colon + 1).split(",")) {
      const part = raw.trim();
      if (part === "") throw new InvalidArgumentError(argument, text, "empty item in the list");
      const eq = part.indexOf("=");
      if (eq < 0) {
        items.push(part);
        continue;
      }
      const key = part.slice(0, eq).trim();
      const value = part.slice(eq + 1).trim();
      if (key === "" || value === "") throw new InvalidArgumentError(argument, text, `malformed pair "${part}"`);
      if (params.has(key)) throw new InvalidArgumentError(argument, text, `key "${key}" given twice`);
      params.set(key, value);
    }
  }
  return { text: trimmed, kind, params, items };
}

/** Constraints checked by {@link SpecReader.number}. */
export interface NumberRule {
  readonly positive?: boolean;
  readonly nonNegative?: boolean;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/**
 * Typed access to a spec's keys. Construct it with the keys a kind accepts; unknown keys and bare items
 * are rejected at once so that a typo never passes silently.
 *
 * @example
 * ```ts
 * import { parseSpec, SpecReader } from "@klsched/core-linalg";
 * const reader = new SpecReader(parseSpec("karras:rho=5"), ["rho"], "strategy");
 * reader.number("rho", 7, { positive: true }); // 5
 * let message = "";
 * try { new SpecReader(parseSpec("karras:roh=5"), ["rho"], "strategy"); } catch (error) { message = (error as Error).message; }
 * message; // 'strategy="karras:roh=5": unknown key "roh" for karras (known keys: rho)'
 * ```
 * @throws InvalidArgumentError from the constructor for a key not in `allowedKeys`, or bare items when
 * `allowItems` is false.
 */
export class SpecReader {
  readonly spec: Spec;
  private readonly argument: string;

  constructor(spec: Spec, allowedKeys: readonly string[], argument = "spec", allowItems = false) {
    this.spec = spec;
    this.argument = argument;
    for (const key of spec.params.keys()) {
      if (!allowedKeys.includes(key)) {
        const known = allowedKeys.length > 0 ? `known keys: ${allowedKeys.join(", ")}` : "it takes no keys";
        throw new InvalidArgumentError(argument, spec.text, `unknown key "${key}" for ${spec.kind} (${known})`);
      }
    }
    if (!allowItems && spec.items.length > 0) {
      throw new InvalidArgumentError(argument, spec.text, `expected key=value pairs, got "${spec.items[0]}"`);
    }
  }

  /**
   * The number under `key`, or `fallback` when the key is absent (`undefined` fallback = required).
   *
   * @example
   * ```ts
   * import { parseSpec, SpecReader } from "@klsched/core-linalg";
   * const reader = new SpecReader(parseSpec("geometric:d=64"), ["d", "min"]);
   * reader.number("d", undefined, { integer: true, min: 1 }); // 64
   * reader.number("min", 1e-4); // 0.0001
   * ```
   * @throws InvalidArgumentError when a required key is absent or the value breaks `rule`.
   */
  number(key: string, fallback: number | undefined, rule: NumberRule = {}): number {
    const raw = this.spec.params.get(key);
    if (raw === undefined) {
      if (fallback === undefined) {
        throw new InvalidArgumentError(this.argument, this.spec.text, `${this.spec.kind} needs ${key}=…`);
      }
      return fallback;
    }
    return checkNumber(parseNumber(raw), rule, `${this.argument} ${this.spec.kind}.${key}`, raw);
  }

  /**
   * The string under `key`, which must be one of `choices`; `fallback` when the key is absent.
   *
   * @example
   * ```ts
   * import { parseSpec, SpecReader } from "@klsched/core-linalg";
   * const reader = new SpecReader(parseSpec("ddim:spacing=leading"), ["spacing"]);
   * reader.choice("spacing", ["leading", "trailing"], "trailing"); // "leading"
   * ```
   * @throws InvalidArgumentError when the value is not one of `choices`.
   */
  choice<T extends string>(key: string, choices: readonly T[], fallback: T): T {
    const raw = this.spec.params.get(key);
    if (raw === undefined) return fallback;
    if (!(choices as readonly string[]).includes(raw)) {
      throw new InvalidArgumentError(`${this.argument} ${this.spec.kind}.${key}`, raw, `expected one of ${choices.join("|")}`);
    }
    return raw as T;
  }

  /**
   * The bare items, each parsed as a number that satisfies `rule`.
   *
   * @example
   * ```ts
   * import { parseSpec, SpecReader } from "@klsched/core-linalg";
   * const reader = new SpecReader(parseSpec("sigmas:14.6,3,0.5"), [], "strategy", true);
   * reader.numbers({ positive: true }); // Float64Array [14.6, 3, 0.5]
   * ```
   * @throws InvalidArgumentError for an item that is not a number or breaks `rule`.
   */
  numbers(rule: NumberRule = {}): Float64Array {
    const out = new Float64Array(this.spec.items.length);
    this.spec.items.forEach((raw, i) => {
      out[i] = checkNumber(parseNumber(raw), rule, `${this.argument} ${this.spec.kind}[${i}]`, raw);
    });
    return out;
  }
}

/**
 * Strict decimal parsing: NaN for "", "1x", "0x10" and the other inputs Number() quietly accepts;
 * `inf`, `infinity` (any case, signed) for ±Infinity.
 *
 * @example
 * ```ts
 * import { parseNumber } from "@klsched/core-linalg";
 * parseNumber("1e-3"); // 0.001
 * parseNumber("0x10"); // NaN
 * Number("0x10"); // 16
 * parseNumber("-inf"); // -Infinity
 * ```
 */
export function parseNumber(raw: string): number {
  const text = raw.trim();
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}

/**
 * Checks `value` against `rule` and returns it, throwing an error that names `argument` and the raw text.
 *
 * @example
 * ```ts
 * import { checkNumber } from "@klsched/core-linalg";
 * checkNumber(7, { positive: true, integer: true }, "rho"); // 7
 * let message = "";
 * try { checkNumber(-1, { positive: true }, "rho"); } catch (error) { message = (error as Error).message; }
 * message; // "rho=-1: expected a positive number"
 * ```
 * @throws InvalidArgumentError when `value` is not finite or breaks `rule`.
 */
export function checkNumber(value: number, rule: NumberRule, argument: string, raw: unknown = value): number {
  const fail = (reason: string): never => {
    throw new InvalidArgumentError(argument, raw, reason);
  };
  if (!Number.isFinite(value)) fail("expected a finite number");
  if (rule.integer && !Number.isInteger(value)) fail("expected an integer");
  if (rule.positive && !(value > 0)) fail("expected a positive number");
  if (rule.nonNegative && !(value >= 0)) fail("expected a non-negative number");
  if (rule.min !== undefined && value < rule.min) fail(`expected at least ${rule.min}`);
  if (rule.max !== undefined && value > rule.max) fail(`expected at most ${rule.max}`);
  return value;
}
