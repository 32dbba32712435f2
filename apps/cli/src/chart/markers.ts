/** The point markers of a line, as SVG elements centred on a point (class "point", for tests and styling). */
import type { MarkerShape } from "./series-style.js";
import { fixed } from "./svg-text.js";

/** The radius of a marker: about 5.5 px across, as the shapes look equally heavy. */
const R = 2.8;

/** The SVG element of a `shape` marker filled with `color`, centred on (x, y). */
export function markerSvg(shape: MarkerShape, x: number, y: number, color: string): string {
  const fill = `fill="${color}"`;
  switch (shape) {
    case "circle":
      return `<circle class="point" cx="${fixed(x)}" cy="${fixed(y)}" r="${R}" ${fill}/>`;
    case "square":
      return `<rect class="point" x="${fixed(x - R)}" y="${fixed(y - R)}" width="${2 * R}" height="${2 * R}" ${fill}/>`;
    case "triangle":
      return `<path class="point" d="${polygon([
        [x, y - 1.25 * R],
        [x + 1.2 * R, y + 0.85 * R],
        [x - 1.2 * R, y + 0.85 * R],
      ])}" ${fill}/>`;
    case "diamond":
      return `<path class="point" d="${polygon([
        [x, y - 1.3 * R],
        [x + 1.3 * R, y],
        [x, y + 1.3 * R],
        [x - 1.3 * R, y],
      ])}" ${fill}/>`;
  }
}

/** A closed path through `corners`. */
function polygon(corners: readonly (readonly [number, number])[]): string {
  return `${corners.map(([x, y], i) => `${i === 0 ? "M" : "L"}${fixed(x)} ${fixed(y)}`).join(" ")} Z`;
}
