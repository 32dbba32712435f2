/**
 * A seeded generator of standard normal numbers: xoshiro128** (Blackman & Vigna 2018) for uniforms,
 * Box–Muller for normals. Deterministic for a seed, so Monte Carlo tests are reproducible.
 *
 * @example
 * ```ts
 * import { normalGenerator } from "@klsched/gaussian-flow";
 * const next = normalGenerator(42);
 * next(); // 0.9846098371901182
 * next(); // 0.7380726469707344
 * ```
 */
export function normalGenerator(seed: number): () => number {
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
  return () => {
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
