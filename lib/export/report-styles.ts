/** The HTML report's stylesheet: system fonts only, nothing fetched; print-friendly. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2127; --muted: #5b636e; --line: #d9dde3; --subtle: #f4f5f7; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font: 600 1.25rem/1.3 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2.5rem 0 1rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font: 600 1.05rem/1.35 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 0 .5rem; }
.meta, table, .note, .notice, footer { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; font-size: .9rem; }
.meta { color: var(--muted); margin: 0 0 1.5rem; }
.meta span + span::before { content: " · "; }
a { color: #1f5fbf; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
th { background: var(--subtle); font-weight: 600; }
td.num { white-space: nowrap; width: 2.5rem; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .35em; vertical-align: -.05em; border: 1px solid rgba(0,0,0,.25); }
.article p { margin: 0 0 1em; }
mark.claim { background: color-mix(in srgb, var(--c) 30%, #fff); border-bottom: 2px solid var(--c); color: inherit; padding: 0 .05em; }
sup.ref { font: 600 .7em system-ui, sans-serif; margin-left: .1em; }
sup.ref a { text-decoration: none; color: var(--ink); background: var(--subtle); border: 1px solid var(--line); border-radius: 3px; padding: 0 .25em; }
.note { border: 1px solid var(--line); border-left: 6px solid var(--c); border-radius: 6px; padding: 1rem 1.25rem; margin: 0 0 1rem; break-inside: avoid; }
.note:target { outline: 3px solid #1f5fbf; }
.verdict { display: inline-block; font-weight: 700; padding: .05rem .5rem; border-radius: 4px; color: #fff; background: var(--c); }
.note blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid var(--line); color: var(--muted); font-family: Georgia, serif; }
.note dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .75rem 0 0; }
.note dt { color: var(--muted); }
.note dd { margin: 0; }
.note ul.sources { margin: .25rem 0 0; padding-left: 1.1rem; }
.stance { font-size: .8em; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.rationale p { margin: 0 0 .5em; }
.notice { background: var(--subtle); border-radius: 6px; padding: .5rem .75rem; }
footer { color: var(--muted); margin-top: 3rem; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  mark.claim { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .verdict, .swatch, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr, .note { break-inside: avoid; }
}
`;
