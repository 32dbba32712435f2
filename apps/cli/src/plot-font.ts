import { existsSync } from "node:fs";

/** The environment variable that names the font file a PNG's text is drawn with. */
export const FONT_VARIABLE = "KLSCHED_PLOT_FONT";

/**
 * Where a sans-serif font is usually found, first DejaVu Sans (the font the SVG asks for) and then the
 * systems' own: the PNG renderer (resvg compiled to WebAssembly) cannot look fonts up itself.
 */
export const FONT_PATHS = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", // Debian, Ubuntu: fonts-dejavu-core
  "/usr/share/fonts/TTF/DejaVuSans.ttf", // Arch
  "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", // Fedora
  "/usr/share/fonts/dejavu/DejaVuSans.ttf", // Alpine, older Fedora
  "/System/Library/Fonts/Supplemental/Arial.ttf", // macOS
  "C:\\Windows\\Fonts\\arial.ttf",
] as const;

/**
 * The font file for the text of the PNG `--plot plotPath`: the one `KLSCHED_PLOT_FONT` names, else the
 * first of {@link FONT_PATHS} that exists. Throws a one-line error naming `--plot` and the path looked
 * at when there is none, before anything is computed.
 */
export function plotFontPath(
  plotPath: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const named = env[FONT_VARIABLE];
  const plot = `--plot ${JSON.stringify(plotPath)}`;
  if (named !== undefined && named !== "") {
    if (exists(named)) return named;
    throw new Error(`${plot}: the font file ${FONT_VARIABLE}=${JSON.stringify(named)} does not exist`);
  }
  const found = FONT_PATHS.find((path) => exists(path));
  if (found !== undefined) return found;
  throw new Error(
    `${plot}: a PNG needs a font for its text and none was found at ${FONT_PATHS[0]} (nor the other usual places); ` +
      `install DejaVu Sans (Debian: fonts-dejavu-core), set ${FONT_VARIABLE}=/path/to/font.ttf, or plot to a .svg file`,
  );
}
