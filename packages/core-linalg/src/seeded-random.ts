/** A seeded stream of uniform and standard normal numbers: see {@link seededRandom}. */
export interface SeededRandom {
  /** Uniform on (0, 1): 53 random bits, never 0 or 1. */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
}

/**
 * A seeded generator: xoshiro128** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number
 * generators") seeded through splitmix32, uniforms from 53 bits of two outputs, normals by Box–Muller
 * (both of each pair used). gaussian-flow's `normalGenerator` is its normals.
 *
 * @example
 * ```ts
 * import { seededRandom } from "@klsched/core-linalg";
 * const a = seededRandom(7);
 * const b = seededRandom(7);
 * a.normal() === b.normal(); // true
 * ```
 */
export function seededRandom(seed: number): SeededRandom {
  let a = splitmix(seed);
  let b = splitmix(a);
  let c = splitmix(b);
  let d = splitmix(c);
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const uniform = () => ((next() >>> 5) * 67108864 + (next() >>> 6) + 0.5) / 9007199254740992;
  let spare: number | undefined;
  const normal = () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return { uniform, normal };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function splitmix(seed: number): number {
  let z = (seed + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
