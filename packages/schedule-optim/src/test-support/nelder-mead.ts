/** Nelder–Mead simplex search (Lagarias et al. 1998 coefficients), for tests only: a derivative-free check. */
export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  step: number,
  iterations = 4000,
): { x: number[]; value: number } {
  const n = start.length;
  let simplex = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))].map((x) => ({ x, value: f(x) }));
  for (let it = 0; it < iterations; it++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(worst.value - best.value) <= 1e-16 * Math.abs(best.value)) break;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p.x[j]!, 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (worst.x[j]! - c));
    const reflected = along(-1);
    const fr = f(reflected);
    if (fr < best.value) {
      const expanded = along(-2);
      const fe = f(expanded);
      simplex[n] = fe < fr ? { x: expanded, value: fe } : { x: reflected, value: fr };
    } else if (fr < simplex[n - 1]!.value) {
      simplex[n] = { x: reflected, value: fr };
    } else {
      const contracted = fr < worst.value ? along(-0.5) : along(0.5);
      const fc = f(contracted);
      if (fc < Math.min(fr, worst.value)) simplex[n] = { x: contracted, value: fc };
      else
        simplex = simplex
          .map((p, i) => (i === 0 ? p : { x: p.x.map((v, j) => best.x[j]! + 0.5 * (v - best.x[j]!)), value: 0 }))
          .map((p, i) => (i === 0 ? p : { x: p.x, value: f(p.x) }));
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return simplex[0]!;
}
