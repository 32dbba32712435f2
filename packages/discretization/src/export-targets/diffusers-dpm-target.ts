import { scheduleFromTimesteps } from "../custom-levels.js";
import { defineExportTarget, type ExportTarget, noisyTimes, snippetComment } from "./export-target.js";
import { integerTimestepsRefusal } from "./integer-timesteps.js";
import { fromConfigLine, pythonInt, pythonList } from "./python-literals.js";
import { samplerNote } from "./sampler-note.js";

const NAME = "diffusers:DPMSolverMultistepScheduler";
const CLASS = "DPMSolverMultistepScheduler";

/**
 * diffusers' DPMSolverMultistepScheduler with custom timesteps (schedulers/scheduling_dpmsolver_multistep.py,
 * `set_timesteps(timesteps=…)`): integer training timesteps (`astype(np.int64)`), σ read from its table at
 * each (`np.interp` at integers), the clean level appended (`final_sigmas_type="zero"`). The snippet asks for
 * DPM-Solver++(2M) as k-diffusion's `sample_dpmpp_2m` runs it (what klsched's `dpmpp-2m` scores): second
 * order except on the first step and on the step to 0 — `lower_order_final=False`, since the default
 * also takes a first-order step at the second-last level below 15 steps.
 */
export const diffusersDpmTarget: ExportTarget = /* @__PURE__ */ defineExportTarget({
  name: NAME,
  tool: "diffusers" as const,
  summary: "DPMSolverMultistepScheduler(timesteps=[…]): integer training timesteps of the noisy levels (discrete models)",
  unit: "timestep" as const,
  flag: "--timesteps" as const,
  integerTimesteps: true,
  refusal: (schedule) => integerTimestepsRefusal(schedule, CLASS),
  export: (schedule, context) => {
    const values = noisyTimes(schedule).slice();
    const zeroSnr = schedule.process.discrete?.zeroSnr !== undefined;
    const overrides: [string, string][] = [
      ["algorithm_type", '"dpmsolver++"'],
      ["solver_order", "2"],
      ["solver_type", '"midpoint"'],
      ["lower_order_final", "False"],
      ["euler_at_final", "False"],
      ["final_sigmas_type", '"zero"'],
      ["use_karras_sigmas", "False"],
      ["use_exponential_sigmas", "False"],
      ["use_beta_sigmas", "False"],
      ["use_lu_lambdas", "False"],
      ["use_flow_sigmas", "False"],
      ...(zeroSnr ? ([["rescale_betas_zero_snr", "True"]] as [string, string][]) : []),
    ];
    const notes = samplerNote(CLASS, ["dpmpp-2m"], "DPM-Solver++(2M)", context.sampler);
    const text = [
      `from diffusers import ${CLASS}`,
      "",
      snippetComment(schedule, context, "integer training timesteps of the noisy levels (the scheduler appends the clean level)"),
      `timesteps = ${pythonList(values, pythonInt)}`,
      fromConfigLine(CLASS, overrides),
      "image = pipe(prompt, timesteps=timesteps).images[0]",
      "",
    ].join("\n");
    return { target: NAME, text, values, unit: "timestep" as const, notes };
  },
  read: (process, values) => scheduleFromTimesteps(process, values),
});
