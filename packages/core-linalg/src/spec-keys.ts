import { InvalidArgumentError } from "./invalid-argument-error.js";
import { type NumberRule, type Spec, SpecReader } from "./spec.js";

/** A numeric key: `rho=7`. Without `default` the key is required, unless it is `optional`. */
export interface NumberKey {
  readonly type: "number";
  /** What the key means, in one line (shown by `--help` and the docs). */
  readonly help: string;
  readonly default?: number;
  /** Absent means undefined rather than an error (options such as a flow `shift`). */
  readonly optional?: boolean;
  readonly rule?: NumberRule;
}

/** A key that takes one word of a fixed list: `spacing=leading`. */
export interface ChoiceKey<C extends string = string> {
  readonly type: "choice";
  readonly help: string;
  readonly choices: readonly C[];
  readonly default: C;
}

/** A key that takes free text (a file path: `betas=FILE`); absent means undefined. */
export interface TextKey {
  readonly type: "text";
  readonly help: string;
}

/** How one key of a spec kind is read. */
export type KeySpec = NumberKey | ChoiceKey | TextKey;

/** The keys a spec kind takes, by name. */
export type KeySpecs = { readonly [key: string]: KeySpec };

/** The value a key spec reads to. */
export type KeyValue<S extends KeySpec> =
  S extends ChoiceKey<infer C>
    ? C
    : S extends TextKey
      ? string | undefined
      : S extends { readonly optional: true }
        ? number | undefined
        : number;

/** The values of a kind's keys, typed from their specs. */
export type KeyValues<K extends KeySpecs> = { readonly [P in keyof K]: KeyValue<K[P]> };

/**
 * Reads the keys `keys` declares from `spec`: unknown keys are refused (with `alsoAllowed`, the names a
 * caller reads itself, let through), numbers are checked against their rules, choices against their lists.
 *
 * @example
 * ```ts
 * import { parseSpec, readKeys } from "@klsched/core-linalg";
 * const keys = { rho: { type: "number", default: 7, rule: { positive: true }, help: "ρ" } } as const;
 * readKeys(parseSpec("karras:rho=3"), keys).rho; // 3
 * readKeys(parseSpec("karras"), keys).rho; // 7
 * ```
 * @throws InvalidArgumentError naming `argument`, the spec and the key, for an unknown key, a missing
 * required one, a number that breaks its rule or a choice not in its list.
 */
export function readKeys<const K extends KeySpecs>(
  spec: Spec,
  keys: K,
  argument = "spec",
  alsoAllowed: readonly string[] = [],
  allowItems = false,
): KeyValues<K> {
  const reader = new SpecReader(spec, [...Object.keys(keys), ...alsoAllowed], argument, allowItems);
  const values: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(keys)) values[name] = readKey(reader, name, key);
  return values as KeyValues<K>;
}

function readKey(reader: SpecReader, name: string, key: KeySpec): unknown {
  switch (key.type) {
    case "number":
      if (key.optional && !reader.spec.params.has(name)) return undefined;
      return reader.number(name, key.default, key.rule);
    case "choice":
      return reader.choice(name, key.choices, key.default);
    case "text":
      return reader.spec.params.get(name);
    default:
      return assertNever(key, "key spec");
  }
}

/**
 * One line per key, `name=<what> (default …): help`, for `--help` texts and error messages.
 *
 * @example
 * ```ts
 * import { describeKeys } from "@klsched/core-linalg";
 * describeKeys({ rho: { type: "number", default: 7, help: "the ramp's exponent ρ" } }); // ["rho=<number> (default 7): the ramp's exponent ρ"]
 * ```
 */
export function describeKeys(keys: KeySpecs): string[] {
  return Object.entries(keys).map(([name, key]) => {
    const value = key.type === "choice" ? key.choices.join("|") : key.type === "text" ? "text" : "number";
    const fallback =
      key.type === "choice" || (key.type === "number" && key.default !== undefined)
        ? ` (default ${key.default})`
        : key.type === "number" && !key.optional
          ? " (required)"
          : "";
    return `${name}=<${value}>${fallback}: ${key.help}`;
  });
}

/**
 * A spec of `kind` that its keys accept: the kind alone, with each required key given its smallest
 * allowed value (or 1). For tests, docs and menus that exercise every registry entry.
 *
 * @example
 * ```ts
 * import { exampleSpec } from "@klsched/core-linalg";
 * exampleSpec("tangent", { c: { type: "number", rule: { positive: true }, help: "c" } }); // "tangent:c=1"
 * exampleSpec("karras", { rho: { type: "number", default: 7, help: "ρ" } }); // "karras"
 * ```
 */
export function exampleSpec(kind: string, keys: KeySpecs): string {
  const required = Object.entries(keys).filter(
    ([, key]) => key.type === "number" && key.default === undefined && !key.optional,
  ) as [string, NumberKey][];
  if (required.length === 0) return kind;
  return `${kind}:${required.map(([name, key]) => `${name}=${key.rule?.min ?? 1}`).join(",")}`;
}

/**
 * Ends a `switch` over a union: compiles only when every member has its case, and throws if a value
 * from outside the union arrives at run time (a caller that bypassed the types).
 *
 * @example
 * ```ts
 * import { assertNever } from "@klsched/core-linalg";
 * type Shape = { kind: "square" } | { kind: "disc" };
 * const area = (s: Shape) => {
 *   switch (s.kind) {
 *     case "square": return 1;
 *     case "disc": return Math.PI / 4;
 *     default: return assertNever(s, "shape");
 *   }
 * };
 * area({ kind: "disc" }); // 0.785…
 * ```
 * @throws InvalidArgumentError always, when reached at run time.
 */
export function assertNever(value: never, what: string): never {
  throw new InvalidArgumentError(what, value, "is not one of the known kinds");
}
