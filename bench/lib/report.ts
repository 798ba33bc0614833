export interface ReportRow {
  figure: string;
  value: number | undefined;
  unit: string;
  /** e.g. "< 1000"; rows without a target show "—". */
  target?: { op: "<" | "<="; limit: number };
  note?: string;
}

/** Whether a row meets its target; undefined when it has none or no value. */
export function meetsTarget(row: ReportRow): boolean | undefined {
  if (!row.target || row.value === undefined || Number.isNaN(row.value)) return undefined;
  return row.target.op === "<" ? row.value < row.target.limit : row.value <= row.target.limit;
}

/** Prints the figures as an aligned text table: figure, value, target, pass/fail, note. */
export function printTable(rows: ReportRow[]) {
  const cells = rows.map((row) => {
    const ok = meetsTarget(row);
    return [
      row.figure,
      row.value === undefined || Number.isNaN(row.value) ? "n/a" : `${row.value} ${row.unit}`.trim(),
      row.target ? `${row.target.op} ${row.target.limit} ${row.unit}`.trim() : "—",
      ok === undefined ? "" : ok ? "pass" : "FAIL",
      row.note ?? "",
    ];
  });
  const header = ["figure", "value", "target", "result", "note"];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (cell: string[]) => cell.map((text, column) => text.padEnd(widths[column])).join("  ").trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const cell of cells) console.log(line(cell));
}

/**
 * The machine-readable result: ONE JSON line, always the last line of stdout. Figure names are
 * snake_case and end in their unit (`open_p50_ms`, `peak_rss_mb`, `overhead_ratio`).
 */
export function printResult(bench: string, figures: Record<string, number | string | boolean | undefined>) {
  const defined = Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== undefined && !Number.isNaN(value)));
  console.log(JSON.stringify({ bench, ...defined }));
}
