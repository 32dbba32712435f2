/** A seeded uniform generator on [0, 1) for tests and benchmarks: mulberry32 (Tommy Ettinger, public domain). */
export function uniformGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n values uniform on [lo, hi) from a seeded generator. */
export function uniformArray(n: number, seed: number, lo = 0, hi = 1): Float64Array {
  const next = uniformGenerator(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * next();
  return out;
}

/**
 * A random symmetric positive-definite n × n matrix, cheap to build at any size: S + n·I with S
 * symmetric and uniform on (−1, 1), positive definite by Gershgorin's theorem. Row-major.
 */
export function diagonallyDominantMatrix(n: number, seed: number): Float64Array {
  const next = uniformGenerator(seed);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const x = 2 * next() - 1;
      a[i * n + j] = x;
      a[j * n + i] = x;
    }
    a[i * n + i] = n + 2 * next() - 1;
  }
  return a;
}
