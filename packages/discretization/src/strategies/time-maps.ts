import { polynomialTime, quadraticTime, uniformTime } from "../level-maps.js";
import { defineOwnStrategy } from "../strategy-descriptor.js";

/** Uniform in the process's own time (diffusers' `linspace` before rounding). */
export const uniformStrategy = /* @__PURE__ */ defineOwnStrategy({
  kind: "uniform",
  summary: "uniform in the process's time t",
  keys: {},
  make: () => ({ kind: "uniform" }),
  time: (process, _strategy, u) => uniformTime(u, process.tStart, process.tEnd),
});

/** DDIM's quadratic spacing (Song et al. 2021, §D.2). */
export const quadraticStrategy = /* @__PURE__ */ defineOwnStrategy({
  kind: "quadratic",
  summary: "DDIM's quadratic time spacing (Song et al. 2021, §D.2), dense near the clean end",
  keys: {},
  make: () => ({ kind: "quadratic" }),
  time: (process, _strategy, u) => quadraticTime(u, process.tStart, process.tEnd),
});

/** Polynomial time spacing t = t_end + (t_start − t_end)(1 − u)^p. */
export const polynomialStrategy = /* @__PURE__ */ defineOwnStrategy({
  kind: "polynomial",
  summary: "time spacing t = t_end + (t_start − t_end)(1 − u)^p (p = 2 is quadratic)",
  keys: { p: { type: "number", default: 2, rule: { positive: true, max: 100 }, help: "the power p" } },
  make: ({ p }) => ({ kind: "polynomial", power: p }),
  time: (process, { power }, u) => polynomialTime(u, process.tStart, process.tEnd, power),
});
