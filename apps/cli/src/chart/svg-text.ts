/** Text helpers of the chart's SVG: escaping, coordinates, and an estimate of how wide a label is drawn. */

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A coordinate as SVG text: one decimal is below a pixel at twice the size. */
export function fixed(value: number): string {
  return value.toFixed(1);
}

/**
 * About how many pixels `text` takes at `fontSize`: 0.6 em a character, which DejaVu Sans (the widest of
 * the usual sans-serif fonts) does not exceed on average, so that a layout made with it does not overlap.
 */
export function textWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * 0.6;
}

/** `text` cut with "…" so that {@link textWidth} puts it within `width` pixels. */
export function fitText(text: string, width: number, fontSize: number): string {
  const characters = Array.from(text);
  const max = Math.max(1, Math.floor(width / (fontSize * 0.6)));
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join("")}…`;
}
