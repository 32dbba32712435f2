import { parseNumber } from "@klsched/core-linalg";

/** Numbers read from text or a file, and whether they were one named field of a table or object. */
export interface NumberColumn {
  readonly values: number[];
  /**
   * True when the values are a named array of a JSON object or a column of a CSV table with a header
   * (`klsched schedule --format json|csv`, a scheduler config), whose arrays may include the clean level.
   */
  readonly table: boolean;
}

/** Reports why a value could not be read; it throws, so it never returns. */
export type Fail = (reason: string) => never;

/** How to read one list: the names its values may go by, and whether `null` stands for ∞. */
export interface NumberFields {
  /** The JSON keys, CSV columns and `name=[…]` names accepted, in order of preference. */
  readonly names: readonly string[];
  /** `null` is ∞ (JSON has no ∞: `schedule --json` writes σ/α = ∞ as `null`). */
  readonly nullIsInfinity: boolean;
}

/**
 * The numbers in `text`, in any form klsched's exporters print or other tools write:
 * - `name=[a, b, …]`, a diffusers pipeline argument, `name` one of `fields.names`;
 * - a JSON object: its array under the first of `fields.names` it has (`klsched schedule --json`);
 * - a JSON or Python list `[a, b, …]`;
 * - a CSV table whose first line is a header: the column named by the first of `fields.names` it has;
 * - numbers separated by commas and/or white space (a bare list, a ComfyUI sigmas string, one per line).
 * `inf` is ∞ in every form. Checks beyond "these are numbers" belong to the library.
 */
export function numbersFromText(text: string, fields: NumberFields, fail: Fail): NumberColumn {
  const trimmed = text.trim();
  if (trimmed === "") fail("expected a list of numbers");
  const argument = /^([A-Za-z_]\w*)\s*=\s*\[([\s\S]*)\]\s*,?$/.exec(trimmed);
  if (argument !== null) {
    const name = argument[1] as string;
    if (!fields.names.includes(name)) fail(`${name}=[…] is not a list of ${fields.names[0]} (expected ${fields.names[0]}=[…])`);
    return { values: listValues(argument[2] as string, fields, fail), table: false };
  }
  if (trimmed.startsWith("{")) return objectField(trimmed, fields, fail);
  if (trimmed.startsWith("[")) {
    if (!trimmed.endsWith("]")) fail("a list that opens with [ must close with ]");
    return { values: listValues(trimmed.slice(1, -1), fields, fail), table: false };
  }
  const column = csvColumn(trimmed, fields, fail);
  if (column !== undefined) return column;
  refuseTable(trimmed, fail);
  return { values: listValues(trimmed, fields, fail), table: false };
}

/**
 * Refuses a table of several columns without a header (`3,2\n1,0.5`), which would otherwise be read as
 * one flattened list: two or more lines with the same number (two or more) of items each, none ending with
 * a comma (which continues a list wrapped over lines).
 */
function refuseTable(text: string, fail: Fail): void {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  // a list wrapped over lines continues with a comma: not a table
  if (lines.slice(0, -1).some((line) => line.endsWith(","))) return;
  const rows = lines.map((line) => line.split(/\s*,\s*|\s+/).length);
  const wide = rows.filter((n) => n > 1);
  if (wide.length >= 2 && wide.every((n) => n === wide[0])) {
    fail(
      `a table of ${wide[0]} columns without a header: klsched reads one list — one number per line, the numbers on one line, or a CSV whose header names the column`,
    );
  }
}

/** Items separated by commas and/or white space; one trailing comma is allowed (Python lists). */
function listValues(body: string, fields: NumberFields, fail: Fail): number[] {
  const pieces = body.split(",").map((piece) => piece.trim());
  if (pieces.length > 1 && pieces[pieces.length - 1] === "") pieces.pop();
  const items = pieces.flatMap((piece) => (piece === "" ? [""] : piece.split(/\s+/)));
  if (items.length === 1 && items[0] === "") fail("expected at least one number");
  return items.map((item, k) => numberItem(item, fields, () => fail(`item ${k + 1} (${JSON.stringify(item)}) is not a number`)));
}

function numberItem(item: string, fields: NumberFields, notANumber: () => never): number {
  if (fields.nullIsInfinity && item === "null") return Number.POSITIVE_INFINITY;
  const value = parseNumber(item);
  return Number.isNaN(value) ? notANumber() : value;
}

function objectField(text: string, fields: NumberFields, fail: Fail): NumberColumn {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail(`malformed JSON (${(error as Error).message})`);
  }
  const object = parsed as Record<string, unknown>;
  const name = fields.names.find((key) => Array.isArray(object[key]));
  if (name === undefined) return fail(`a JSON object without a "${fields.names[0]}" array`);
  const values = (object[name] as unknown[]).map((value, k) => {
    if (typeof value === "number") return value;
    if (value === null && fields.nullIsInfinity) return Number.POSITIVE_INFINITY;
    return fail(`${name}[${k}] (${JSON.stringify(value)}) is not a number`);
  });
  return { values, table: true };
}

/** A CSV table with a header line (no cell of which is a number): the column named by `fields`. */
function csvColumn(text: string, fields: NumberFields, fail: Fail): NumberColumn | undefined {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "" && !line.trim().startsWith("#"));
  const header = (lines[0] ?? "").split(",").map((cell) => cell.trim());
  if (lines.length < 2 || header.some((cell) => !Number.isNaN(parseNumber(cell)) || cell === "null")) return undefined;
  const column = fields.names.map((name) => header.indexOf(name)).find((index) => index >= 0);
  if (column === undefined) return fail(`a CSV table without a "${fields.names[0]}" column (it has ${header.join(", ")})`);
  const name = header[column] as string;
  const values = lines.slice(1).map((line, k) => {
    const cell = (line.split(",")[column] ?? "").trim();
    return numberItem(cell, fields, () => fail(`row ${k + 1}: ${name} (${JSON.stringify(cell)}) is not a number`));
  });
  return { values, table: true };
}
