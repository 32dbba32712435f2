// The metadata every package carries: its LICENSE, its repository URL, its dependency ranges and engines,
// and how changesets treats the private workspaces.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Manifest,
  publishedPackages,
  REPO_ROOT,
  readJson,
  type WorkspacePackage,
  workspacePackages,
} from "./support/workspace.js";

/**
 * The oldest Node the published code runs on: 20.19 unflagged require(esm), which CommonJS users need, and
 * core-linalg imports JSON with `with { type: "json" }` (20.10).
 */
const MIN_NODE = [20, 19] as const;

/** URLs that were never filled in. */
const PLACEHOLDER_URL = [
  /example\.(com|org|net)/i,
  /your[-_]?(org|name|user|username|repo)/i,
  /\b(OWNER|USERNAME|ORG|REPO)\b/,
  /<[^>]*>/,
  /\b(TODO|FIXME|XXX)\b/,
  /github\.com\/(user|username|owner|org|foo)\//i,
];

const rootLicense = readFileSync(join(REPO_ROOT, "LICENSE"), "utf8");
const rootManifest = { file: "package.json", manifest: readJson<Manifest>(join(REPO_ROOT, "package.json")) };
/** The package.json of a workspace package, named relative to the root. */
const manifestOf = (pkg: WorkspacePackage) => ({
  file: join(pkg.dir, "package.json").slice(REPO_ROOT.length),
  manifest: pkg.manifest,
});

describe.each(publishedPackages())("$name", ({ name, dir, manifest }) => {
  it("ships the root LICENSE, word for word", () => {
    const file = join(dir, "LICENSE");
    const text = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    const differs =
      text === undefined ? "missing" : `${text.length} characters against the root's ${rootLicense.length}: ${text.slice(0, 80)}`;
    expect(text === rootLicense, `${name}/LICENSE is ${differs}`).toBe(true);
  });

  it("depends on @klsched packages by workspace:^ and on third-party ones by caret or tilde ranges", () => {
    const wrong = Object.entries(manifest.dependencies ?? {}).filter(([dependency, range]) =>
      dependency.startsWith("@klsched/") ? range !== "workspace:^" : !/^[\^~]\d+\.\d+\.\d+$/.test(range),
    );
    expect(wrong, `${name}'s dependencies: ${JSON.stringify(manifest.dependencies)}`).toEqual([]);
  });
});

it(`the root and every published package.json require Node >= ${MIN_NODE.join(".")}`, () => {
  const manifests = [rootManifest, ...publishedPackages().map(manifestOf)];
  const tooLow = manifests
    .map(({ file, manifest }) => ({ file, range: manifest.engines?.["node"] ?? "(none)" }))
    .filter(({ range }) => !admitsOnlyFrom(range, MIN_NODE));
  expect(
    tooLow,
    `engines.node: ${manifests.map(({ file, manifest }) => `${file} ${manifest.engines?.["node"]}`).join("; ")}`,
  ).toEqual([]);
});

it("no package.json names a placeholder repository URL", () => {
  const manifests = [rootManifest, ...workspacePackages().map(manifestOf)];
  const urls = manifests.flatMap(({ file, manifest }) => {
    const url = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
    return url === undefined ? [] : [{ file, url }];
  });
  const placeholders = urls.filter(({ url }) => PLACEHOLDER_URL.some((pattern) => pattern.test(url)));
  expect(placeholders, `${urls.length} repository URLs: ${JSON.stringify(urls)}`).toEqual([]);
});

it("changesets neither versions nor tags the private workspaces (the docs site, these checks)", () => {
  const config = readJson<{ privatePackages?: unknown }>(join(REPO_ROOT, ".changeset", "config.json"));
  const privates = workspacePackages().filter((pkg) => pkg.manifest.private === true);
  expect(config.privatePackages, `privatePackages for ${privates.map((pkg) => pkg.name).join(", ")}`).toEqual({
    version: false,
    tag: false,
  });
});

/** Whether the engines range `range` is `>=X.Y[.Z]` with X.Y at least `min` (the only form the packages use). */
function admitsOnlyFrom(range: string, min: readonly [number, number]): boolean {
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(range.trim());
  if (!match) return false;
  const major = Number(match[1]);
  const minor = Number(match[2] ?? 0);
  return major > min[0] || (major === min[0] && minor >= min[1]);
}
