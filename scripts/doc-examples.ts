/**
 * Doc examples that run: every public function and class of a package carries an `@example` whose ```ts
 * blocks are executed by the package's tests, and the results the examples claim in comments are checked.
 *
 * A package's `src/examples.test.ts` is one call, `checkDocExamples(import.meta.url)`, which
 * 1. reads the package's entry points from the `@klsched/source` conditions of its package.json `exports`;
 * 2. resolves every name they export with the TypeScript compiler (re-exports included) and picks the
 *    documented surface: exported functions, classes and their public methods, and exported consts that
 *    are callable, have methods (a sampler, a vector space) or are registries of such values (types,
 *    interfaces and plain data need no example);
 * 3. fails one test listing every such name without an `@example` holding a ```ts block;
 * 4. type-checks every block as the file a user would paste it into;
 * 5. runs every block as a module written under `node_modules/.cache/doc-examples/` inside the package, so
 *    that its `@klsched/*` imports resolve through the workspace and the source condition, with the
 *    working directory set to a scratch folder (`options.files` are written there first);
 * 6. checks every claim (the rule below), reporting each failure at its line in the doc comment.
 *
 * The claim rule. A top-level statement `expr;` or `const name = expr;` followed on its line by a comment
 * `// <value>` claims that `expr` (or `name`) equals `<value>`; the whole comment must be the value. Values:
 * - numbers: an integer (`20`, `-3`, `0`) claims that exact value; a number with a decimal point or an
 *   exponent is checked to the digits shown, i.e. to half a unit of its last digit (`0.0966` accepts
 *   [0.09655, 0.09665]); from 12 significant digits on, to 1e-12 relative. `≈ x` is the same claim, and
 *   makes an integer approximate too (`≈ 3` accepts [2.5, 3.5]). `Infinity`, `-Infinity` and `NaN` are exact;
 * - `true`, `false`, `null`, `undefined`, and strings in double (JSON) or single quotes;
 * - arrays `[a, b]` and objects `{ key: value }` (JSON, keys may be bare identifiers), element by element
 *   under the same rules; an object claims exactly its keys (a key whose value is `undefined` counts as
 *   absent); typed arrays as `Float64Array [a, b]` (also `Float64Array(2) [ a, b ]`, as `console.log`
 *   prints them);
 * - a trailing `…` means "starts with": `2.6666…` (the decimal expansion begins so), `"unknown key…"`,
 *   `[1, 2, …]` (more elements may follow), `{ kind: "karras", … }` (more keys may follow).
 * Any other comment is prose and is not checked (`// the time of σ ≈ 3.35`). A comment that is a value
 * but does not follow such a statement (a nested block, a line of its own) is an error, so that no
 * claim goes unchecked, and every example must make at least one claim.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inspect } from "node:util";
import ts from "typescript";
import { describe, it } from "vitest";

/** The export condition whose targets are a package's TypeScript sources (see `vitest.base.ts`). */
const SOURCE_CONDITION = "@klsched/source";

/** One public entry point: the specifier users import and the source file behind it. */
export interface EntryPoint {
  readonly specifier: string;
  readonly file: string;
}

/** A ```ts block of an `@example`, with where it sits. */
export interface DocExample {
  /** The documented name, e.g. `scheduleKL` or `CovarianceAccumulator.add`. */
  readonly owner: string;
  /** Path of the source file, relative to the package. */
  readonly file: string;
  /** 1-based line of the block's first code line in `file`. */
  readonly line: number;
  readonly code: string;
}

/** A name of the documented surface: a function, a class, a public method or a callable/registry const. */
export interface ApiItem {
  readonly name: string;
  readonly kind: "function" | "class" | "method" | "const";
  /** The entry points that export it (for a method: its class). */
  readonly specifiers: readonly string[];
  readonly file: string;
  readonly line: number;
  readonly examples: readonly DocExample[];
  /** Problems with its doc comment: an `@example` without a ```ts block. */
  readonly problems: readonly string[];
}

/** The public surface of a package as {@link collectPublicApi} finds it. */
export interface PublicApi {
  readonly packageDir: string;
  readonly packageName: string;
  readonly entryPoints: readonly EntryPoint[];
  readonly items: readonly ApiItem[];
  readonly program: ts.Program;
  readonly options: ts.CompilerOptions;
}

/** The package's entry points: each `exports` subpath's `@klsched/source` target. */
export function readEntryPoints(packageDir: string): { packageName: string; entryPoints: EntryPoint[] } {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    name: string;
    exports?: Record<string, unknown>;
  };
  const entryPoints: EntryPoint[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const source =
      typeof target === "object" && target !== null ? (target as Record<string, unknown>)[SOURCE_CONDITION] : undefined;
    if (typeof source !== "string") continue; // ./package.json and the like
    entryPoints.push({
      specifier: subpath === "." ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, "")}`,
      file: resolve(packageDir, source),
    });
  }
  return { packageName: manifest.name, entryPoints };
}

/** The compiler options of the package's `tsconfig.json` (its `customConditions` included). */
function compilerOptions(packageDir: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (parsed === undefined) throw new Error(`cannot read ${packageDir}/tsconfig.json`);
  return { ...parsed.options, noEmit: true };
}

/**
 * Resolves every name the package's entry points export and returns the documented surface, each item
 * with its `@example` blocks, in entry-point order.
 */
export function collectPublicApi(packageDir: string): PublicApi {
  const { packageName, entryPoints } = readEntryPoints(packageDir);
  const options = compilerOptions(packageDir);
  const program = ts.createProgram(
    entryPoints.map((entry) => entry.file),
    options,
  );
  const checker = program.getTypeChecker();
  const items = new Map<ts.Node, { item: ApiItem; specifiers: string[] }>();
  const add = (node: ts.Node, make: (specifiers: string[]) => ApiItem, specifier: string) => {
    const known = items.get(node);
    if (known !== undefined) {
      if (!known.specifiers.includes(specifier)) known.specifiers.push(specifier);
      return;
    }
    const specifiers = [specifier];
    items.set(node, { item: make(specifiers), specifiers });
  };
  for (const entry of entryPoints) {
    const sourceFile = program.getSourceFile(entry.file);
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    if (moduleSymbol === undefined) throw new Error(`${entry.file}: not a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const name = exported.getName();
      for (const declaration of symbol.declarations ?? []) {
        const item = (kind: ApiItem["kind"], itemName: string, node: ts.Node) => (specifiers: string[]) =>
          describeItem(packageDir, itemName, kind, specifiers, node);
        if (ts.isFunctionDeclaration(declaration)) {
          add(declaration, item("function", name, declaration), entry.specifier);
          break; // overloads share the first declaration's doc comment
        }
        if (ts.isClassDeclaration(declaration)) {
          add(declaration, item("class", name, declaration), entry.specifier);
          for (const member of declaration.members) {
            if (!isPublicMethod(member)) continue;
            add(member, item("method", `${name}.${member.name.getText()}`, member), entry.specifier);
          }
        }
        if (ts.isVariableDeclaration(declaration) && needsExample(checker, program, declaration)) {
          add(declaration, item("const", name, declaration), entry.specifier);
        }
      }
    }
  }
  return { packageDir, packageName, entryPoints, items: [...items.values()].map((v) => v.item), program, options };
}

/** A method users call: not private, protected or `#private`, not a getter, setter or constructor. */
function isPublicMethod(member: ts.ClassElement): member is ts.MethodDeclaration {
  if (!ts.isMethodDeclaration(member) || ts.isPrivateIdentifier(member.name)) return false;
  const flags = ts.getCombinedModifierFlags(member);
  return (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0;
}

/**
 * Whether an exported const is part of the documented surface: callable, an object with methods (a
 * sampler, a vector space), or a registry (an object whose values have methods). Methods of the
 * standard library (those of arrays, strings, typed arrays) do not count, so lists and plain data do not.
 */
function needsExample(checker: ts.TypeChecker, program: ts.Program, declaration: ts.VariableDeclaration): boolean {
  const ownMethods = (type: ts.Type) =>
    checker.getPropertiesOfType(type).filter((property) => {
      const declarations = property.declarations ?? [];
      if (declarations.some((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()))) return false;
      return checker.getTypeOfSymbolAtLocation(property, declaration).getCallSignatures().length > 0;
    });
  const type = checker.getTypeAtLocation(declaration.name);
  if (type.getCallSignatures().length > 0 || ownMethods(type).length > 0) return true;
  return checker
    .getPropertiesOfType(type)
    .some((property) => ownMethods(checker.getTypeOfSymbolAtLocation(property, declaration)).length > 0);
}

/** An item with the `@example` blocks of its doc comment. */
function describeItem(
  packageDir: string,
  name: string,
  kind: ApiItem["kind"],
  specifiers: readonly string[],
  node: ts.Node,
): ApiItem {
  const sourceFile = node.getSourceFile();
  const file = relative(packageDir, sourceFile.fileName);
  const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const examples: DocExample[] = [];
  const problems: string[] = [];
  for (const doc of ts.getJSDocCommentsAndTags(node)) {
    if (!ts.isJSDoc(doc)) continue;
    const start = sourceFile.getLineAndCharacterOfPosition(doc.getStart()).line + 1;
    const found = exampleBlocks(sourceFile.text.slice(doc.getStart(), doc.end), start);
    for (const block of found.blocks) examples.push({ owner: name, file, ...block });
    for (const tagLine of found.withoutCode) problems.push(`${file}:${tagLine}: @example of ${name} has no \`\`\`ts block`);
  }
  return { name, kind, specifiers, file, line, examples, problems };
}

/**
 * The ```ts (or ```typescript) blocks of the `@example` tags of one doc comment, given its raw text and
 * the line it starts on, and the lines of `@example` tags that hold none. Each comment line loses its
 * leading `*` and one space, so the code keeps its indentation.
 */
export function exampleBlocks(
  comment: string,
  firstLine: number,
): { blocks: { line: number; code: string }[]; withoutCode: number[] } {
  const lines = comment
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((text) => text.replace(/^\s*\* ?/, ""));
  const blocks: { line: number; code: string }[] = [];
  const withoutCode: number[] = [];
  let example: { line: number; blocks: number } | undefined;
  let fence: { line: number; code: string[]; ts: boolean } | undefined;
  const closeExample = () => {
    if (example !== undefined && example.blocks === 0) withoutCode.push(example.line);
    example = undefined;
  };
  lines.forEach((text, i) => {
    const line = firstLine + i;
    if (fence !== undefined) {
      if (text.trim().startsWith("```")) {
        if (fence.ts && example !== undefined) {
          blocks.push({ line: fence.line, code: fence.code.join("\n") });
          example.blocks++;
        }
        fence = undefined;
      } else {
        fence.code.push(text);
      }
      return;
    }
    const fenceOpen = /^\s*```\s*(\w*)/.exec(text);
    if (fenceOpen !== null) {
      fence = { line: line + 1, code: [], ts: fenceOpen[1] === "ts" || fenceOpen[1] === "typescript" };
      return;
    }
    if (/^\s*@\w+/.test(text)) {
      closeExample();
      if (/^\s*@example\b/.test(text)) example = { line, blocks: 0 };
    }
  });
  closeExample();
  return { blocks, withoutCode };
}

// ---------------------------------------------------------------------------------------------------
// Claims

/** What a claim comment says a value is (see the module comment for the rule). */
export type Claim =
  | { readonly kind: "number"; readonly text: string; readonly value: number; readonly mode: NumberMode; readonly unit: number }
  | { readonly kind: "string"; readonly value: string; readonly prefix: boolean }
  | { readonly kind: "literal"; readonly value: boolean | null | undefined }
  | { readonly kind: "array"; readonly items: readonly Claim[]; readonly prefix: boolean; readonly typed?: string }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, Claim])[]; readonly open: boolean };

/** `exact`: 1e-12 relative; `round`: within half a unit of the last digit shown; `prefix`: the digits shown begin it. */
type NumberMode = "exact" | "round" | "prefix";

const TYPED_ARRAYS = /^(?:Float64|Float32|Int8|Int16|Int32|Uint8|Uint8Clamped|Uint16|Uint32)Array$/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/;

/** The claim a comment's text (after `//`) makes, or undefined when the comment is prose. */
export function parseClaim(comment: string): Claim | undefined {
  const text = comment.trim();
  const approx = text.startsWith("≈");
  const parser = new ClaimParser(approx ? text.slice(1) : text);
  try {
    const claim = approx ? parser.number(true) : parser.value();
    parser.skipSpace();
    return parser.atEnd() ? claim : undefined;
  } catch {
    return undefined;
  }
}

/** A recursive-descent reader of claim values; any syntax error throws (and the comment is prose). */
class ClaimParser {
  private at = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.at === this.text.length;
  }

  skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] as string)) this.at++;
  }

  private rest(): string {
    return this.text.slice(this.at);
  }

  private take(token: string): boolean {
    this.skipSpace();
    if (!this.rest().startsWith(token)) return false;
    this.at += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.take(token)) throw new SyntaxError(`expected ${token}`);
  }

  value(): Claim {
    this.skipSpace();
    const rest = this.rest();
    const head = rest[0];
    if (head === '"' || head === "'") return this.string();
    if (head === "[") return this.array(undefined);
    if (head === "{") return this.object();
    const word = /^[A-Za-z_$][\w$]*/.exec(rest)?.[0];
    if (word !== undefined && TYPED_ARRAYS.test(word)) {
      this.at += word.length;
      if (this.take("(")) {
        if (!/^\d+/.test(this.rest())) throw new SyntaxError("expected a length");
        this.at += (/^\d+/.exec(this.rest()) as RegExpExecArray)[0].length;
        this.expect(")");
      }
      this.skipSpace();
      if (this.rest()[0] !== "[") throw new SyntaxError("expected [");
      return this.array(word);
    }
    for (const [name, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
      ["undefined", undefined],
    ] as const) {
      if (word === name) {
        this.at += name.length;
        return { kind: "literal", value };
      }
    }
    return this.number(false);
  }

  number(approx: boolean): Claim {
    this.skipSpace();
    const rest = this.rest();
    const special = /^[-+]?Infinity|^NaN/.exec(rest)?.[0];
    if (special !== undefined) {
      this.at += special.length;
      return { kind: "number", text: special, value: Number(special), mode: "exact", unit: 0 };
    }
    const text = NUMBER.exec(rest)?.[0];
    if (text === undefined) throw new SyntaxError("expected a value");
    this.at += text.length;
    const prefix = this.rest().startsWith("…");
    if (prefix) this.at += 1;
    const [mantissa = "", exponent = "0"] = text.replace(/^[-+]/, "").split(/[eE]/);
    const decimals = mantissa.includes(".") ? (mantissa.split(".")[1] as string).length : 0;
    const unit = 10 ** (Number(exponent) - decimals);
    const significant = mantissa.replace(".", "").replace(/^0+/, "").length;
    const integer = !/[.eE]/.test(text);
    const mode: NumberMode = prefix ? "prefix" : significant >= 12 || (integer && !approx) ? "exact" : "round";
    return { kind: "number", text: prefix ? `${text}…` : text, value: Number(text), mode, unit };
  }

  private string(): Claim {
    const quote = this.rest()[0] as string;
    const match = (quote === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^'\\]|\\.)*'/).exec(this.rest());
    if (match === null) throw new SyntaxError("unterminated string");
    this.at += match[0].length;
    const inner = match[0].slice(1, -1);
    const value = JSON.parse(quote === '"' ? match[0] : `"${inner.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
    return value.endsWith("…")
      ? { kind: "string", value: value.slice(0, -1), prefix: true }
      : { kind: "string", value, prefix: false };
  }

  private array(typed: string | undefined): Claim {
    this.expect("[");
    const items: Claim[] = [];
    let prefix = false;
    if (!this.take("]")) {
      do {
        if (this.take("…")) {
          prefix = true;
          break;
        }
        items.push(this.value());
      } while (this.take(","));
      this.expect("]");
    }
    return typed === undefined ? { kind: "array", items, prefix } : { kind: "array", items, prefix, typed };
  }

  private object(): Claim {
    this.expect("{");
    const entries: [string, Claim][] = [];
    let open = false;
    if (!this.take("}")) {
      do {
        if (this.take("…")) {
          open = true;
          break;
        }
        this.skipSpace();
        const bare = /^[A-Za-z_$][\w$]*/.exec(this.rest())?.[0];
        let key: string;
        if (bare !== undefined) {
          key = bare;
          this.at += bare.length;
        } else {
          const claim = this.string();
          if (claim.kind !== "string" || claim.prefix) throw new SyntaxError("expected a key");
          key = claim.value;
        }
        this.expect(":");
        entries.push([key, this.value()]);
      } while (this.take(","));
      this.expect("}");
    }
    return { kind: "object", entries, open };
  }
}

/** Why `actual` does not meet `claim`, or undefined when it does. `path` names the part checked. */
export function checkClaim(actual: unknown, claim: Claim, path = ""): string | undefined {
  const at = path === "" ? "" : ` at ${path}`;
  const got = `got ${show(actual)}`;
  switch (claim.kind) {
    case "number": {
      if (typeof actual !== "number") return `expected a number${at}, ${got}`;
      return numberMatches(actual, claim) ? undefined : `${got}${at}, the comment claims ${describeNumber(claim)}`;
    }
    case "string": {
      if (typeof actual !== "string") return `expected a string${at}, ${got}`;
      const ok = claim.prefix ? actual.startsWith(claim.value) : actual === claim.value;
      return ok ? undefined : `${got}${at}, the comment claims ${JSON.stringify(claim.value)}${claim.prefix ? "…" : ""}`;
    }
    case "literal":
      return Object.is(actual, claim.value) ? undefined : `${got}${at}, the comment claims ${String(claim.value)}`;
    case "array": {
      const name = claim.typed ?? "an array";
      const isTyped = ArrayBuffer.isView(actual) && !(actual instanceof DataView);
      if (claim.typed !== undefined ? !isTyped || actual.constructor.name !== claim.typed : !Array.isArray(actual)) {
        return `expected ${name}${at}, ${got}`;
      }
      const values = Array.from(actual as ArrayLike<unknown>);
      const lengthOk = claim.prefix ? values.length >= claim.items.length : values.length === claim.items.length;
      if (!lengthOk) {
        return `expected ${claim.prefix ? "at least " : ""}${claim.items.length} elements${at}, ${got} (${values.length})`;
      }
      for (let i = 0; i < claim.items.length; i++) {
        const problem = checkClaim(values[i], claim.items[i] as Claim, `${path}[${i}]`);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case "object": {
      if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return `expected an object${at}, ${got}`;
      const record = actual as Record<string, unknown>;
      for (const [key, item] of claim.entries) {
        const problem = checkClaim(record[key], item, path === "" ? key : `${path}.${key}`);
        if (problem !== undefined) return problem;
      }
      if (!claim.open) {
        const claimed = new Set(claim.entries.map(([key]) => key));
        const extra = Object.keys(record).filter((key) => !claimed.has(key) && record[key] !== undefined);
        if (extra.length > 0) return `${got}${at}: keys ${extra.join(", ")} are not in the comment (end it with …)`;
      }
      return undefined;
    }
  }
}

function numberMatches(actual: number, claim: Extract<Claim, { kind: "number" }>): boolean {
  const { value, mode, unit } = claim;
  if (!Number.isFinite(value)) return Object.is(actual, value) || (Number.isNaN(value) && Number.isNaN(actual));
  const slack = 1e-12 * Math.abs(value);
  switch (mode) {
    case "exact":
      return Math.abs(actual - value) <= slack;
    case "round":
      return Math.abs(actual - value) <= 0.5 * unit + slack;
    case "prefix": {
      if (value !== 0 && Math.sign(actual) !== Math.sign(value)) return false;
      const magnitude = Math.abs(actual);
      return magnitude >= Math.abs(value) - slack && magnitude < Math.abs(value) + unit - slack;
    }
  }
}

function describeNumber(claim: Extract<Claim, { kind: "number" }>): string {
  if (claim.mode === "exact") return claim.text;
  if (claim.mode === "prefix") return `${claim.text} (digits that begin the value)`;
  return `${claim.text} (±${Number((0.5 * claim.unit).toPrecision(3))})`;
}

function show(value: unknown): string {
  return inspect(value, { depth: 3, breakLength: Number.POSITIVE_INFINITY, maxArrayLength: 12, maxStringLength: 200 });
}

// ---------------------------------------------------------------------------------------------------
// Running an example

/** An example's code made runnable: its claims and the module text that reports them. */
export interface RewrittenExample {
  /** A module whose default export, an async function of the claim callback, runs the example's body. */
  readonly module: string;
  readonly claims: readonly { readonly line: number; readonly claim: Claim }[];
  /** Claim comments in places the rule does not check (so the example is wrong, not silently unchecked). */
  readonly misplaced: readonly number[];
}

/**
 * Rewrites an example: each checked statement `expr; // v` becomes `__claim(expr, k); // v` and each
 * `const x = expr; // v` gets `__claim(x, k);` appended, and the body after the imports is wrapped in
 * `export default async function (__claim) { … }`, every line staying on its line (so that a stack
 * trace's line is the example's). Lines are 1-based within the example.
 */
export function rewriteExample(code: string): RewrittenExample {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line + 1;
  const edits: { at: number; end: number; text: string }[] = [];
  const claims: { line: number; claim: Claim }[] = [];
  const used = new Set<number>();
  const statements = source.statements;
  const firstBody = statements.findIndex((statement) => !ts.isImportDeclaration(statement));
  const body = firstBody < 0 ? [] : statements.slice(firstBody);
  if (body.some((statement) => ts.isImportDeclaration(statement))) throw new Error("an example's imports must come first");
  for (const statement of body) {
    const comment = ts
      .getTrailingCommentRanges(code, statement.end)
      ?.find((range) => range.kind === ts.SyntaxKind.SingleLineCommentTrivia && lineOf(range.pos) === lineOf(statement.end));
    const claim = comment && parseClaim(code.slice(comment.pos + 2, comment.end));
    if (comment === undefined || claim === undefined) continue;
    const index = claims.length;
    if (ts.isExpressionStatement(statement)) {
      edits.push({ at: statement.getStart(), end: statement.end, text: `__claim(${statement.expression.getText()}, ${index});` });
    } else if (
      ts.isVariableStatement(statement) &&
      statement.declarationList.declarations.length === 1 &&
      ts.isIdentifier((statement.declarationList.declarations[0] as ts.VariableDeclaration).name)
    ) {
      const name = (statement.declarationList.declarations[0] as ts.VariableDeclaration).name.getText();
      edits.push({ at: statement.end, end: statement.end, text: ` __claim(${name}, ${index});` });
    } else {
      continue; // reported as misplaced below
    }
    used.add(comment.pos);
    claims.push({ line: lineOf(comment.pos), claim });
  }
  const misplaced = allLineComments(source)
    .filter((range) => !used.has(range.pos) && parseClaim(code.slice(range.pos + 2, range.end)) !== undefined)
    .map((range) => lineOf(range.pos));
  const lastImport = firstBody < 0 ? statements[statements.length - 1] : statements[firstBody - 1];
  const header = " export default async function __example(__claim) {";
  edits.push(
    lastImport === undefined
      ? { at: 0, end: 0, text: `${header.trim()} ` }
      : { at: lastImport.end, end: lastImport.end, text: header },
  );
  let module = code;
  for (const edit of edits.sort((a, b) => b.at - a.at)) module = module.slice(0, edit.at) + edit.text + module.slice(edit.end);
  return { module: `${module}\n}\n`, claims, misplaced };
}

/** Every `//` comment of a source file, outside strings and templates. */
function allLineComments(source: ts.SourceFile): ts.CommentRange[] {
  const text = source.text;
  const found = new Map<number, ts.CommentRange>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) if (range.kind === ts.SyntaxKind.SingleLineCommentTrivia) found.set(range.pos, range);
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  collect(ts.getLeadingCommentRanges(text, source.endOfFileToken.pos));
  return [...found.values()];
}

/** Options of {@link checkDocExamples}. */
export interface DocExampleOptions {
  /** Files (path relative to the scratch folder → contents) the examples read, written before they run. */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
}

/** The package directory of a test file: the nearest folder above it with a package.json. */
function packageDirOf(testFileUrl: string): string {
  let dir = dirname(fileURLToPath(testFileUrl));
  for (;;) {
    try {
      readFileSync(join(dir, "package.json"));
      return dir;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) throw new Error(`no package.json above ${testFileUrl}`);
      dir = parent;
    }
  }
}

/** A file name for an example: its source file and line, e.g. `schedule-kl.ts-L55.ts`. */
function exampleFileName(example: DocExample): string {
  return `${example.file.replace(/^src\//, "").replace(/[\\/]/g, "__")}-L${example.line}.ts`;
}

/** Checks that an example imports from the package's own entry points, and from no relative path. */
function importProblems(example: DocExample, api: PublicApi): string[] {
  const source = ts.createSourceFile("example.ts", example.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const specifiers = source.statements
    .filter(ts.isImportDeclaration)
    .map((statement) => (statement.moduleSpecifier as ts.StringLiteral).text);
  const problems: string[] = [];
  if (specifiers.some((s) => s.startsWith("."))) problems.push("imports a relative path; import from the package's entry points");
  if (!specifiers.some((s) => api.entryPoints.some((entry) => entry.specifier === s))) {
    problems.push(`imports nothing from ${api.entryPoints.map((entry) => entry.specifier).join(" or ")}`);
  }
  return problems;
}

/** Runs one example in `scratch`; throws an error listing every failed claim, misplaced claim or throw. */
async function runExample(example: DocExample, api: PublicApi, runDir: string, scratch: string): Promise<number> {
  const where = (line: number) => `${example.file}:${example.line + line - 1}`;
  const rewritten = rewriteExample(example.code);
  const failures = [
    ...importProblems(example, api).map((problem) => `${where(1)}: the example ${problem}`),
    ...rewritten.misplaced.map((line) => `${where(line)}: a claim must end a top-level \`expr;\` or \`const x = expr;\` line`),
  ];
  if (rewritten.claims.length === 0) failures.push(`${where(1)}: the example claims no result (end a line with // <value>)`);
  const file = join(runDir, exampleFileName(example));
  writeFileSync(file, rewritten.module);
  const claim = (actual: unknown, index: number) => {
    const { line, claim } = rewritten.claims[index] as { line: number; claim: Claim };
    const problem = checkClaim(actual, claim);
    if (problem !== undefined) failures.push(`${where(line)}: ${problem}`);
  };
  const cwd = process.cwd();
  process.chdir(scratch);
  try {
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: (c: typeof claim) => Promise<void> };
    await module.default(claim);
  } catch (error) {
    const line = new RegExp(`${exampleFileName(example).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+)`).exec(
      (error as Error).stack ?? "",
    )?.[1];
    const thrown = error instanceof Error ? `${error.name}: ${error.message}` : show(error);
    failures.push(`${line === undefined ? where(1) : where(Number(line))}: the example threw ${thrown}`);
  } finally {
    process.chdir(cwd);
  }
  if (failures.length > 0) throw new Error(`example of ${example.owner}:\n  ${failures.join("\n  ")}`);
  return rewritten.claims.length;
}

/** Type-checks every example as a file of its own inside the package; one message per diagnostic. */
function typecheckExamples(api: PublicApi, dir: string): string[] {
  const files = new Map<string, DocExample>();
  for (const item of api.items) {
    for (const example of item.examples) {
      const file = join(dir, exampleFileName(example));
      writeFileSync(file, example.code);
      files.set(file, example);
    }
  }
  const program = ts.createProgram([...files.keys()], api.options, undefined, api.program);
  const messages: string[] = [];
  for (const [file, example] of files) {
    for (const diagnostic of ts.getPreEmitDiagnostics(program, program.getSourceFile(file))) {
      const line =
        diagnostic.file?.fileName === file && diagnostic.start !== undefined
          ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
          : 0;
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
      messages.push(`${example.file}:${example.line + line} (example of ${example.owner}): ${text}`);
    }
  }
  return messages;
}

/**
 * Registers the doc-example tests of the package that holds `testFileUrl` (pass `import.meta.url`):
 * one test that every public function and class has an example, one that the examples type-check, and
 * one per example that runs it and checks its claims.
 */
export function checkDocExamples(testFileUrl: string, options: DocExampleOptions = {}): void {
  const packageDir = packageDirOf(testFileUrl);
  const api = collectPublicApi(packageDir);
  const cache = join(packageDir, "node_modules", ".cache", "doc-examples");
  const runDir = join(cache, "run");
  const typecheckDir = join(cache, "typecheck");
  const scratch = join(cache, "scratch");
  const examples = api.items.flatMap((item) => item.examples);

  describe(`doc examples of ${api.packageName}`, () => {
    it("every public function and class has an @example with a ```ts block", () => {
      const missing = api.items
        .filter((item) => item.examples.length === 0)
        .map((item) => `${item.file}:${item.line}: ${item.name} (${item.kind}, ${item.specifiers.join(", ")})`);
      const problems = [...missing, ...api.items.flatMap((item) => item.problems)];
      if (problems.length > 0) {
        throw new Error(`${missing.length} public names without an example:\n  ${problems.join("\n  ")}`);
      }
    });

    it("the examples type-check", () => {
      rmSync(typecheckDir, { recursive: true, force: true });
      mkdirSync(typecheckDir, { recursive: true });
      const messages = typecheckExamples(api, typecheckDir);
      if (messages.length > 0) throw new Error(`${messages.length} type errors in examples:\n  ${messages.join("\n  ")}`);
    });

    if (examples.length === 0) return; // the first test already fails
    describe("each example runs and its claims hold", () => {
      rmSync(runDir, { recursive: true, force: true });
      rmSync(scratch, { recursive: true, force: true });
      mkdirSync(runDir, { recursive: true });
      mkdirSync(scratch, { recursive: true });
      for (const [path, contents] of Object.entries(options.files ?? {})) {
        mkdirSync(dirname(join(scratch, path)), { recursive: true });
        writeFileSync(join(scratch, path), contents);
      }
      for (const example of examples) {
        it(`${example.owner} (${example.file}:${example.line})`, async () => {
          await runExample(example, api, runDir, scratch);
        });
      }
    });
  });
}
