// A CommonJS user's first program against the installed tarballs: require() of the ESM packages, which
// Node has done without a flag since 20.19 (the packages' engines). Prints the same JSON line as strict-esm.ts.
const { syntheticSpectrum } = require("@klsched/core-linalg");
const { strategySchedule, veProcess } = require("@klsched/discretization");
const { scheduleKL } = require("@klsched/kl-metrics");

const schedule = strategySchedule(veProcess(0.002, 80), { kind: "karras", rho: 7 }, 20);
const result = scheduleKL({ spectrum: syntheticSpectrum("geometric:d=784,min=1e-4,max=10"), schedule });
console.log(JSON.stringify({ kl: result.kl, steps: result.steps }));
