/**
 * A package's typedoc entry points, derived from its package.json `exports` map (the single source of
 * truth for what the package offers): the `@klsched/source` path of every subpath except
 * `./package.json`. Each package's typedoc.config.mjs calls it, so a new subpath is documented as soon
 * as it is exported.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The source files behind a package's exports, relative to the package directory, main entry first. */
export function entryPointsFromExports(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  return Object.entries(manifest.exports ?? {})
    .filter(([subpath]) => subpath !== "./package.json")
    .map(([subpath, target]) => {
      const source = typeof target === "object" ? target["@klsched/source"] : undefined;
      if (typeof source !== "string") throw new Error(`${manifest.name}: exports["${subpath}"] has no @klsched/source path`);
      return source;
    });
}
