// Recharts draws SVG; its presentation attributes accept CSS variables, so charts follow the
// theme tokens of app/globals.css in light and dark without reading colours in JavaScript.
export const CHART = {
  grid: "var(--line)",
  axis: "var(--muted)",
  claims: "var(--accent)",
  reviews: "var(--success)",
  tooltip: {
    contentStyle: { background: "var(--surface)", border: "1px solid var(--line)", borderRadius: 8, color: "var(--ink)", fontSize: 12 },
    labelStyle: { color: "var(--ink)", fontWeight: 600 },
    itemStyle: { color: "var(--ink)" },
    cursor: { fill: "var(--subtle)", opacity: 0.6 },
  },
  tick: { fill: "var(--muted)", fontSize: 12 },
} as const;
