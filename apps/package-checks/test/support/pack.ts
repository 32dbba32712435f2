/** Packing the published packages the way `pnpm publish` would. */
import { pnpmCommand, runOrThrow } from "./run.js";
import { REPO_ROOT, type WorkspacePackage } from "./workspace.js";

/** One package's tarball and the files in it (paths relative to the tarball's `package/`). */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  readonly tarball: string;
  readonly files: readonly string[];
}

/** The entries of `pnpm pack --json`. */
interface PnpmPackJson {
  readonly name: string;
  readonly version: string;
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/**
 * Packs `packages` into `destination` with one `pnpm -r pack`, which applies each `files` list and rewrites
 * `workspace:^` into the real `^x.y.z` ranges, as publishing does. The packages must be built.
 */
export async function packPackages(packages: readonly WorkspacePackage[], destination: string): Promise<PackedPackage[]> {
  const pnpm = pnpmCommand();
  const filters = packages.flatMap((pkg) => ["--filter", pkg.name]);
  const args = [...pnpm.args, "-r", ...filters, "pack", "--pack-destination", destination, "--json"];
  const { stdout } = await runOrThrow(pnpm.command, args, { cwd: REPO_ROOT });
  const parsed = JSON.parse(stdout) as PnpmPackJson | PnpmPackJson[];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((entry) => ({
    name: entry.name,
    version: entry.version,
    tarball: entry.filename,
    files: entry.files.map((file) => file.path),
  }));
}

/** The tarball of `name` among `packed`, or an error naming what was packed. */
export function tarballOf(packed: readonly PackedPackage[], name: string): PackedPackage {
  const found = packed.find((pkg) => pkg.name === name);
  if (!found) throw new Error(`no tarball of ${name}; packed: ${packed.map((pkg) => pkg.name).join(", ")}`);
  return found;
}
