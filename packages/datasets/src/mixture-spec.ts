import { InvalidArgumentError, type KeyValues, parseSpec, readKeys } from "@klsched/core-linalg";

/** The rank every fit takes: the eigenpairs kept per component (`full` or d keeps them all). */
const rankKey = {
  type: "number",
  default: 32,
  rule: { integer: true, min: 1 },
  help: "eigenpairs kept per component, the rest an isotropic remainder (at most d)",
} as const;

/** The keys of each way to fit a mixture, by spec kind (CLI `--mixture`). */
export const MIXTURE_FIT_KEYS = {
  class: { rank: rankKey },
  kmeans: {
    k: { type: "number", default: 10, rule: { integer: true, min: 1 }, help: "components" },
    rank: rankKey,
    iterations: { type: "number", default: 3, rule: { integer: true, min: 0, max: 100 }, help: "EM iterations after k-means" },
    seed: { type: "number", default: 1, rule: { integer: true }, help: "seed of k-means++" },
  },
} as const;

/** A parsed `--mixture` spec. */
export type MixtureFit =
  | ({ readonly kind: "class" } & KeyValues<(typeof MIXTURE_FIT_KEYS)["class"]>)
  | ({ readonly kind: "kmeans" } & KeyValues<(typeof MIXTURE_FIT_KEYS)["kmeans"]>);

/** One line per kind for `--help`. */
export const MIXTURE_FIT_SUMMARIES: Readonly<Record<keyof typeof MIXTURE_FIT_KEYS, string>> = {
  class: "one component per class label (MNIST's digits): each class's exact mean and covariance plus the dequantisation floor",
  kmeans: "k-means++ then k-means, then EM iterations (unlabelled data: image folders, .npy)",
};

/**
 * `class[:rank=R]` or `kmeans[:k=K,rank=R,iterations=I,seed=S]` → a {@link MixtureFit}.
 *
 * @throws InvalidArgumentError naming `argument` for another kind or a key out of range.
 * @example
 * ```ts
 * import { parseMixtureFit } from "@klsched/datasets";
 * parseMixtureFit("kmeans:k=4,rank=8"); // { kind: "kmeans", k: 4, rank: 8, … }
 * ```
 */
export function parseMixtureFit(text: string, argument = "mixture"): MixtureFit {
  const spec = parseSpec(text, argument);
  if (spec.kind === "class") return { kind: "class", ...readKeys(spec, MIXTURE_FIT_KEYS.class, argument) };
  if (spec.kind === "kmeans") return { kind: "kmeans", ...readKeys(spec, MIXTURE_FIT_KEYS.kmeans, argument) };
  throw new InvalidArgumentError(argument, text, `unknown mixture fit (expected ${Object.keys(MIXTURE_FIT_KEYS).join(", ")})`);
}
