import { entryPointsFromExports } from "../../scripts/typedoc-entry-points.mjs";

/**
 * typedoc options of this package: the entry points are the sources behind its exports map. `DISTILLED`
 * is the literal table behind `DISTILLED_MODELS`, whose type names only its keys.
 */
export default { entryPoints: entryPointsFromExports(import.meta.dirname), intentionallyNotExported: ["DISTILLED"] };
