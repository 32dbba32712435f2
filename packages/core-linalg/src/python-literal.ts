/**
 * A Python literal as `ast.literal_eval` reads it, in the subset a `.npy` header can hold: dicts, tuples,
 * lists, strings (single or double quotes, escapes, adjacent strings concatenated), integers (decimal,
 * 0x/0o/0b, underscores, unary ±), floats, True/False/None, white space and `#` comments. numpy reads the
 * header with `ast.literal_eval` (numpy/lib/format.py `_read_array_header`); this is that reading, so a
 * decoy `'descr'` inside another value is a string like any other, not a key.
 */
export type PythonValue =
  | { readonly kind: "dict"; readonly entries: readonly (readonly [PythonValue, PythonValue])[] }
  | { readonly kind: "tuple" | "list"; readonly items: readonly PythonValue[] }
  | { readonly kind: "str" | "bytes"; readonly value: string }
  | { readonly kind: "int"; readonly value: bigint }
  | { readonly kind: "float"; readonly value: number }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "none" };

/** Why a text is not a Python literal: the message and the offset where reading stopped. */
export class PythonSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(`${message} at character ${offset}`);
    this.offset = offset;
  }
}

/**
 * Parses `text` as one Python literal. `longSuffix` also accepts Python 2's `3L` integers, which numpy
 * strips from version 1 and 2 headers that fail to parse (`_filter_header`).
 * @throws PythonSyntaxError where `ast.literal_eval` would raise SyntaxError or ValueError.
 */
export function parsePythonLiteral(text: string, longSuffix = false): PythonValue {
  const reader = new LiteralReader(text, longSuffix);
  const value = reader.value();
  reader.skipSpace();
  if (!reader.atEnd()) reader.fail("unexpected text after the literal");
  return value;
}

/** An int or a bool (Python's bool is an int) as a bigint; undefined for anything else. */
export function pythonInt(value: PythonValue): bigint | undefined {
  if (value.kind === "int") return value.value;
  if (value.kind === "bool") return value.value ? 1n : 0n;
  return undefined;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

class LiteralReader {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly longSuffix: boolean,
  ) {}

  fail(message: string): never {
    throw new PythonSyntaxError(message, this.at);
  }

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  /** White space, backslash-newline continuations and comments. */
  skipSpace(): void {
    while (this.at < this.text.length) {
      const c = this.text[this.at] as string;
      if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v") this.at++;
      else if (c === "#") while (this.at < this.text.length && this.text[this.at] !== "\n") this.at++;
      else if (c === "\\" && this.text[this.at + 1] === "\n") this.at += 2;
      else break;
    }
  }

  value(): PythonValue {
    this.skipSpace();
    const c = this.text[this.at];
    if (c === undefined) return this.fail("unexpected end");
    if (c === "{") return this.dict();
    if (c === "[") return this.sequence("[", "]", "list");
    if (c === "(") return this.parenthesized();
    if (c === "'" || c === '"' || /^(?:[uUrRbB]|[bB][rR]|[rR][bB])['"]/.test(this.text.slice(this.at, this.at + 3))) {
      return this.strings();
    }
    if (c === "+" || c === "-" || c === "." || (c >= "0" && c <= "9")) return this.number();
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.at))?.[0];
    if (word === "True" || word === "False") {
      this.at += word.length;
      return { kind: "bool", value: word === "True" };
    }
    if (word === "None") {
      this.at += 4;
      return { kind: "none" };
    }
    return this.fail(word === undefined ? `unexpected ${JSON.stringify(c)}` : `${word} is not a literal`);
  }

  private dict(): PythonValue {
    this.at++; // {
    const entries: [PythonValue, PythonValue][] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === "}") break;
      const key = this.value();
      this.skipSpace();
      if (this.text[this.at] !== ":") this.fail("expected ':' in a dict (a set is no header)");
      this.at++;
      entries.push([key, this.value()]);
      this.skipSpace();
      if (this.text[this.at] === ",") this.at++;
      else if (this.text[this.at] !== "}") this.fail("expected ',' or '}'");
    }
    this.at++;
    return { kind: "dict", entries };
  }

  private sequence(open: string, close: string, kind: "list" | "tuple"): PythonValue {
    if (this.text[this.at] === open) this.at++;
    const items: PythonValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === close) break;
      items.push(this.value());
      this.skipSpace();
      if (this.text[this.at] === ",") this.at++;
      else if (this.text[this.at] !== close) this.fail(`expected ',' or '${close}'`);
    }
    this.at++;
    return { kind, items };
  }

  /** `()` is an empty tuple, `(x)` is x, `(x,)` and `(x, y)` are tuples. */
  private parenthesized(): PythonValue {
    this.at++; // (
    this.skipSpace();
    if (this.text[this.at] === ")") {
      this.at++;
      return { kind: "tuple", items: [] };
    }
    const first = this.value();
    this.skipSpace();
    if (this.text[this.at] === ")") {
      this.at++;
      return first;
    }
    if (this.text[this.at] !== ",") this.fail("expected ',' or ')'");
    this.at++;
    const rest = this.sequence("", ")", "tuple") as { readonly items: readonly PythonValue[] };
    return { kind: "tuple", items: [first, ...rest.items] };
  }

  /** One or more adjacent string literals, concatenated (`'<' 'f8'` is `'<f8'`); str and bytes do not mix. */
  private strings(): PythonValue {
    let value = "";
    let kind: "str" | "bytes" | undefined;
    for (;;) {
      const prefix = /^[uUrRbB]{0,2}(?=['"])/.exec(this.text.slice(this.at))?.[0];
      if (prefix === undefined) break;
      const bytes = /[bB]/.test(prefix);
      if (kind !== undefined && kind !== (bytes ? "bytes" : "str")) this.fail("cannot mix bytes and str literals");
      kind = bytes ? "bytes" : "str";
      this.at += prefix.length;
      value += this.string(/[rR]/.test(prefix));
      this.skipSpace();
    }
    return { kind: kind ?? "str", value };
  }

  private string(raw: boolean): string {
    const quote = this.text[this.at] as string;
    const triple = this.text.startsWith(quote.repeat(3), this.at);
    this.at += triple ? 3 : 1;
    let out = "";
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) return this.fail("unterminated string");
      if (triple ? this.text.startsWith(quote.repeat(3), this.at) : c === quote) {
        this.at += triple ? 3 : 1;
        return out;
      }
      if (c === "\n" && !triple) return this.fail("newline in a string");
      if (c === "\\" && raw) {
        out += this.text.slice(this.at, this.at + 2);
        this.at += 2;
        continue;
      }
      if (c === "\\") {
        const next = this.text[this.at + 1];
        if (next === undefined) return this.fail("unterminated string");
        const simple = ESCAPES[next];
        if (simple !== undefined) {
          out += simple;
          this.at += 2;
        } else if (next === "x" || next === "u" || next === "U") {
          const digits = next === "x" ? 2 : next === "u" ? 4 : 8;
          const hex = this.text.slice(this.at + 2, this.at + 2 + digits);
          if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) this.fail(`truncated \\${next} escape`);
          const code = Number.parseInt(hex, 16);
          if (code > 0x10ffff) this.fail("escape beyond Unicode");
          out += String.fromCodePoint(code);
          this.at += 2 + digits;
        } else if (next >= "0" && next <= "7") {
          const octal = /^[0-7]{1,3}/.exec(this.text.slice(this.at + 1))?.[0] as string;
          out += String.fromCharCode(Number.parseInt(octal, 8));
          this.at += 1 + octal.length;
        } else {
          out += `\\${next}`; // an unknown escape keeps its backslash
          this.at += 2;
        }
        continue;
      }
      out += c;
      this.at++;
    }
  }

  /** An int or float with unary signs: `-3`, `0x1F`, `1_000`, `2.5e3`; Python 2's `3L` with `longSuffix`. */
  private number(): PythonValue {
    // ast.literal_eval takes one sign before a number (parentheses make no node: -(3) is -3), not two
    let negative = false;
    let signs = 0;
    while (this.text[this.at] === "+" || this.text[this.at] === "-") {
      if (this.text[this.at] === "-") negative = !negative;
      if (++signs > 1) this.fail("more than one sign before a number");
      this.at++;
      this.skipSpace();
    }
    if (signs > 0 && this.text[this.at] === "(") {
      const start = this.at;
      const inner = this.parenthesized(); // -(3) is -3
      if (/^\(\s*[-+]/.test(this.text.slice(start))) this.fail("more than one sign before a number");
      if (inner.kind === "int") return { kind: "int", value: negative ? -inner.value : inner.value };
      if (inner.kind === "float") return { kind: "float", value: negative ? -inner.value : inner.value };
      return this.fail("a sign before a non-number");
    }
    const rest = this.text.slice(this.at);
    const integer =
      /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|[1-9](?:_?[0-9])*|0(?:_?0)*)(?![0-9A-Za-z_.])/.exec(rest);
    if (integer !== null) return this.integer(integer[0], negative);
    const long = this.longSuffix ? /^([1-9][0-9]*|0)[lL](?![0-9A-Za-z_.])/.exec(rest) : null;
    if (long !== null) {
      this.at += long[0].length;
      const value = BigInt(long[1] as string);
      return { kind: "int", value: negative ? -value : value };
    }
    const float =
      /^(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?(?![0-9A-Za-z_.])/.exec(
        rest,
      );
    if (float === null || !/[.eE]/.test(float[0])) return this.fail("malformed number");
    this.at += float[0].length;
    const value = Number(float[0].replace(/_/g, ""));
    return { kind: "float", value: negative ? -value : value };
  }

  private integer(text: string, negative: boolean): PythonValue {
    this.at += text.length;
    const digits = text.replace(/_/g, "");
    const value = /^0[oO]/.test(digits) ? BigInt(`0o${digits.slice(2)}`) : BigInt(digits);
    return { kind: "int", value: negative ? -value : value };
  }
}
