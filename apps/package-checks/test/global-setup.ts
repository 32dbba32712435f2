/**
 * Packs every published package once for all the test files (they run in separate workers): the tarballs go
 * to a temporary directory outside the repository, removed after the run.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type PackedPackage, packPackages } from "./support/pack.js";
import { publishedPackages } from "./support/workspace.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The tarball of every published package, from `pnpm pack`. */
    packed: PackedPackage[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const destination = await mkdtemp(join(tmpdir(), "klsched-pack-"));
  const cleanUp = () => rm(destination, { recursive: true, force: true });
  try {
    project.provide("packed", await packPackages(publishedPackages(), destination));
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}
