/** `"S1 S2 …"`: a space-separated list of specs (specs never contain spaces). */
export function parseWordList(raw: string): string[] {
  return raw.split(/\s+/).filter((word) => word !== "");
}
