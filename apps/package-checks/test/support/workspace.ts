/** The repository's workspace packages as their package.json files describe them. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root directory (with a trailing slash). */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** The fields of a package.json these checks read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly packageManager?: string;
  readonly engines?: Readonly<Record<string, string>>;
  readonly repository?: string | { readonly url?: string };
  readonly dependencies?: Readonly<Record<string, string>>;
}

/** A workspace package: its name, its directory, and its package.json. */
export interface WorkspacePackage {
  readonly name: string;
  readonly dir: string;
  readonly manifest: Manifest;
}

/** Parses a JSON file. */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Every workspace package under packages/ and apps/ (pnpm-workspace.yaml's globs), in directory order. */
export function workspacePackages(): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  for (const group of ["packages", "apps"]) {
    for (const entry of readdirSync(join(REPO_ROOT, group)).sort()) {
      const dir = join(REPO_ROOT, group, entry);
      const file = join(dir, "package.json");
      if (!existsSync(file)) continue;
      const manifest = readJson<Manifest>(file);
      found.push({ name: manifest.name, dir, manifest });
    }
  }
  return found;
}

/** The workspace packages that are published to npm (not `private`). */
export function publishedPackages(): WorkspacePackage[] {
  return workspacePackages().filter((pkg) => pkg.manifest.private !== true);
}

/** `name` and every @klsched package it depends on at run time, transitively: what a user's install pulls in. */
export function klschedRuntimeClosure(name: string): string[] {
  const byName = new Map(workspacePackages().map((pkg) => [pkg.name, pkg]));
  const closure = new Set<string>();
  const visit = (current: string): void => {
    const pkg = byName.get(current);
    if (!pkg) throw new Error(`${current} is not a workspace package`);
    if (closure.has(current)) return;
    closure.add(current);
    for (const dependency of Object.keys(pkg.manifest.dependencies ?? {})) {
      if (dependency.startsWith("@klsched/")) visit(dependency);
    }
  };
  visit(name);
  return [...closure].sort();
}
