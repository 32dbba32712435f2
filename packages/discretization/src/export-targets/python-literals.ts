/**
 * Python literals for the snippets the export targets print: a float as Python's `repr` would read it
 * back (the shortest round-trip text, with `.0` on whole numbers so that NumPy sees floats), an int, and a
 * list of either.
 */

/** A float literal: shortest round-trip text, `1.0` rather than `1`; Python reads `1e-07` and `1e-7` alike. */
export function pythonFloat(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`${x} is not a finite float`);
  const text = String(x);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** An int literal. */
export function pythonInt(x: number): string {
  if (!Number.isInteger(x)) throw new RangeError(`${x} is not an integer`);
  return String(x);
}

/** `[a, b, …]` with each value written by `literal`. */
export function pythonList(values: ArrayLike<number>, literal: (x: number) => string): string {
  return `[${Array.from(values, literal).join(", ")}]`;
}

/** A keyword argument's value: a Python literal already written (`1.0`, `False`, `"zero"`). */
export type PythonKwargs = readonly (readonly [name: string, literal: string])[];

/**
 * `pipe.scheduler = Class.from_config(pipe.scheduler.config, key=value, …)`, one override per line: the
 * scheduler the pipeline loaded, with the settings the exported levels need.
 */
export function fromConfigLine(className: string, overrides: PythonKwargs): string {
  const lines = ["    pipe.scheduler.config,", ...overrides.map(([name, literal]) => `    ${name}=${literal},`)];
  return `pipe.scheduler = ${className}.from_config(\n${lines.join("\n")}\n)`;
}

/** A Python string literal (double quotes; the names written here need no escapes). */
export function pythonString(text: string): string {
  return JSON.stringify(text);
}
