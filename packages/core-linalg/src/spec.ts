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

/** Splits `KIND:key=value,…` into its kind, its key=value pairs and its bare items. */
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

  /** The number under `key`, or `fallback` when the key is absent (`undefined` fallback = required). */
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

  /** The string under `key`, which must be one of `choices`. */
  choice<T extends string>(key: string, choices: readonly T[], fallback: T): T {
    const raw = this.spec.params.get(key);
    if (raw === undefined) return fallback;
    if (!(choices as readonly string[]).includes(raw)) {
      throw new InvalidArgumentError(`${this.argument} ${this.spec.kind}.${key}`, raw, `expected one of ${choices.join("|")}`);
    }
    return raw as T;
  }

  /** The bare items, each parsed as a number that satisfies `rule`. */
  numbers(rule: NumberRule = {}): Float64Array {
    const out = new Float64Array(this.spec.items.length);
    this.spec.items.forEach((raw, i) => {
      out[i] = checkNumber(parseNumber(raw), rule, `${this.argument} ${this.spec.kind}[${i}]`, raw);
    });
    return out;
  }
}

/** Strict decimal parsing: rejects "", "1x", "0x10" and the other inputs Number() quietly accepts. */
export function parseNumber(raw: string): number {
  const text = raw.trim();
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}

/** Checks `value` against `rule`, throwing an error that names `argument` and the raw text. */
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
