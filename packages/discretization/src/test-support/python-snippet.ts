/**
 * Reads back the Python snippets the export targets print, as Python would: the list assigned to a name
 * (`sigmas = [...]`, `ramp = torch.tensor([...], dtype=torch.float64)`), the keyword arguments of a
 * `from_config(pipe.scheduler.config, …)` call, and the keyword the pipeline call passes the values by.
 * Test code: a small reader of the few literal forms the snippets use (floats, ints, True/False/None,
 * double-quoted strings), failing on anything else.
 */

/** A Python literal's value. */
export type PythonValue = number | boolean | null | string;

/** One Python literal of the forms the snippets use. */
export function pythonLiteral(text: string): PythonValue {
  const t = text.trim();
  if (t === "True") return true;
  if (t === "False") return false;
  if (t === "None") return null;
  if (/^"[^"\\]*"$/.test(t)) return t.slice(1, -1);
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  throw new Error(`not a Python literal of the snippets: ${text}`);
}

/** The numbers of `name = [...]` or `name = torch.tensor([...]…)`, and the tensor's dtype if given. */
export function assignedList(snippet: string, name: string): { values: number[]; tensor: boolean; dtype?: string } {
  const line = snippet.split("\n").find((l) => l.startsWith(`${name} = `));
  if (line === undefined) throw new Error(`no ${name} = … in the snippet`);
  const match = /^\w+ = (torch\.tensor\()?\[([^\]]*)\](?:, dtype=torch\.(\w+))?(\))?$/.exec(line);
  if (match === null) throw new Error(`not a list assignment: ${line}`);
  const values = (match[2] as string).split(",").map((item) => {
    const value = pythonLiteral(item);
    if (typeof value !== "number") throw new Error(`not a number: ${item}`);
    return value;
  });
  return { values, tensor: match[1] !== undefined, ...(match[3] === undefined ? {} : { dtype: match[3] }) };
}

/** The class and keyword overrides of `pipe.scheduler = Class.from_config(pipe.scheduler.config, k=v, …)`. */
export function fromConfigCall(snippet: string): { className: string; overrides: Record<string, PythonValue> } {
  const match = /pipe\.scheduler = (\w+)\.from_config\(\n {4}pipe\.scheduler\.config,\n((?: {4}\w+=[^\n]*,\n)*)\)/.exec(snippet);
  if (match === null) throw new Error("no from_config call in the snippet");
  const overrides: Record<string, PythonValue> = {};
  for (const line of (match[2] as string).split("\n").filter((l) => l.trim() !== "")) {
    const kv = /^ {4}(\w+)=(.*),$/.exec(line);
    if (kv === null) throw new Error(`malformed keyword line: ${line}`);
    overrides[kv[1] as string] = pythonLiteral(kv[2] as string);
  }
  return { className: match[1] as string, overrides };
}

/** The keyword and variable of the pipeline call `pipe(prompt, kw=var)`. */
export function pipelineKeyword(snippet: string): { keyword: string; variable: string } {
  const match = /^image = pipe\(prompt, (\w+)=(\w+)\)\.images\[0\]$/m.exec(snippet);
  if (match === null) throw new Error("no pipeline call in the snippet");
  return { keyword: match[1] as string, variable: match[2] as string };
}
