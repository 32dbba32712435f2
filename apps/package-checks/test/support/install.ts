/** A user's install of packed tarballs, and what it put on disk. */
import { lstat, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runOrThrow, userEnv } from "./run.js";

/**
 * Installs `tarballs` into the empty directory `dir` as a user's project would get them: `npm install
 * --omit=dev` (third-party packages from the registry, npm's cache first), no audit, no funding notice.
 */
export async function npmInstallTarballs(dir: string, tarballs: readonly string[]): Promise<void> {
  await writeFile(join(dir, "package.json"), `${JSON.stringify({ name: "consumer", private: true, type: "module" })}\n`);
  const args = ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", ...tarballs];
  await runOrThrow("npm", args, { cwd: dir, env: userEnv() });
}

/** An installed package: its name and where it sits under node_modules. */
export interface InstalledPackage {
  readonly name: string;
  readonly path: string;
}

/** Every package npm installed in `dir`, nested ones included, read from npm's hidden lockfile. */
export async function installedPackages(dir: string): Promise<InstalledPackage[]> {
  const lock = JSON.parse(await readFile(join(dir, "node_modules", ".package-lock.json"), "utf8")) as {
    packages: Record<string, unknown>;
  };
  return Object.keys(lock.packages)
    .filter((path) => path.startsWith("node_modules/"))
    .map((path) => ({ name: path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length), path }));
}

/** The total size in bytes of the regular files under `dir` (what a user's disk holds, without directories). */
export async function treeBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await lstat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
