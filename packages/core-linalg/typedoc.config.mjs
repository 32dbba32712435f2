import { entryPointsFromExports } from "../../scripts/typedoc-entry-points.mjs";

/** typedoc options of this package: the entry points are the sources behind its exports map. */
export default { entryPoints: entryPointsFromExports(import.meta.dirname) };
