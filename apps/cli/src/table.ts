/** A column of a text table: its header and whether cells align left (text) or right (numbers). */
export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
}

/** An aligned plain-text table: header, a rule, then the rows; columns separated by two spaces. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, j) => Math.max(column.header.length, ...rows.map((row) => (row[j] ?? "").length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((column, j) => {
        const cell = cells[j] ?? "";
        const width = widths[j] ?? 0;
        return column.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return `${[line(columns.map((c) => c.header)), rule, ...rows.map(line)].join("\n")}\n`;
}
