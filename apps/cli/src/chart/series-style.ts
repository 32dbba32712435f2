/**
 * How each line of a chart is told apart: Tableau 10's colours first, then, once they are used up, the
 * same colours again with another dash pattern and marker shape, so that twelve or more lines stay
 * distinguishable (and lines of one colour still differ in print or for colour-blind readers).
 */

/** Tableau 10: distinguishable in light and dark themes alike. */
export const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
] as const;

/** The marker shapes, one per pass through the palette. */
export const MARKER_SHAPES = ["circle", "square", "triangle", "diamond"] as const;

/** A marker shape. */
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** `stroke-dasharray` values, one per pass through the palette ("" is a solid line). */
const DASHES = ["", "7 4", "2 3", "9 3 2 3"] as const;

/** The dash pattern of a line drawn `dashed` on the first pass. */
const DASHED = "6 4";

/** How one line is drawn. */
export interface SeriesStyle {
  readonly color: string;
  /** An SVG `stroke-dasharray`, or "" for a solid line. */
  readonly dash: string;
  /** The marker at each point, or undefined for none. */
  readonly marker: MarkerShape | undefined;
}

/** What a line may ask for itself (see `Series`). */
export interface StyleRequest {
  readonly color?: string | undefined;
  readonly dashed?: boolean | undefined;
  readonly markers?: boolean | undefined;
}

/** The style of the `index`-th line (0-based), with what the line asks for itself taking precedence. */
export function seriesStyle(index: number, request: StyleRequest = {}): SeriesStyle {
  const pass = Math.floor(index / PALETTE.length);
  const paletteDash = DASHES[pass % DASHES.length] ?? "";
  return {
    color: request.color ?? (PALETTE[index % PALETTE.length] as string),
    dash: paletteDash === "" && request.dashed === true ? DASHED : paletteDash,
    marker: request.markers === false ? undefined : MARKER_SHAPES[pass % MARKER_SHAPES.length],
  };
}
