/** Text helpers of the chart's SVG: escaping, coordinates, and an estimate of how wide a label is drawn. */

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A coordinate as SVG text: one decimal is below a pixel at twice the size. */
export function fixed(value: number): string {
  return value.toFixed(1);
}

/** Characters drawn narrower or wider than the 0.6 em most letters and digits take. */
const NARROW = new Set(" !'(),-./:;I[]fijlrt|");
const WIDE = new Set("%=+<>~mwMW×−‖…—");

/** The advance of one character in em, as DejaVu Sans (the widest of the usual sans-serif fonts) draws it, rounded up. */
function advance(character: string): number {
  if (NARROW.has(character)) return 0.36;
  if (WIDE.has(character)) return 0.86;
  return character >= "A" && character <= "Z" ? 0.72 : 0.62;
}

/** About how many pixels `text` takes at `fontSize`, erring wide so that a layout made with it does not overlap. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const character of text) em += advance(character);
  return em * fontSize;
}

/** `text` cut with "…" so that {@link textWidth} puts it within `width` pixels. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const characters = Array.from(text);
  let kept = "";
  for (const character of characters) {
    if (textWidth(`${kept}${character}…`, fontSize) > width) break;
    kept += character;
  }
  return `${kept}…`;
}
