/** A browser bundle of the libraries, as an app's bundler would make it, and what fills it. */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { formatBytes } from "./units.js";
import { REPO_ROOT } from "./workspace.js";

/** One input module's share of a bundle. */
export interface BundleInput {
  /** Relative to the repository root, e.g. `packages/discretization/dist/strategy.js`. */
  readonly path: string;
  readonly bytes: number;
}

/** A bundle's code, its sizes, and its inputs, largest first. */
export interface BrowserBundle {
  readonly code: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly inputs: readonly BundleInput[];
}

/**
 * Bundles the ES module `source` for the browser with esbuild (minified, ESM, platform browser, tree-shaken),
 * resolving its imports from `resolveDir` with the published conditions (`dist/`, not the source condition).
 */
export async function bundleForBrowser(source: string, resolveDir: string): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: "js", sourcefile: "entry.js" },
    absWorkingDir: REPO_ROOT,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  const [meta] = Object.values(result.metafile.outputs);
  if (!output || !meta) throw new Error("esbuild wrote no output");
  const inputs = Object.entries(meta.inputs)
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { code: output.text, bytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents).byteLength, inputs };
}

/** The `count` largest inputs of a bundle, one per line with its size and share: what to cut first. */
export function describeLargestInputs(bundle: BrowserBundle, count = 10): string {
  return bundle.inputs
    .slice(0, count)
    .map((input) => {
      const share = ((100 * input.bytes) / bundle.bytes).toFixed(0).padStart(3);
      return `  ${formatBytes(input.bytes).padStart(9)} ${share}%  ${input.path}`;
    })
    .join("\n");
}
