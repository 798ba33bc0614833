import type { Preview } from "./types";

/** What will be imported: the title and the first blocks of the sanitized article. */
export function ImportPreviewCard({ title, preview }: { title: string; preview: Pick<Preview, "excerpt" | "length"> }) {
  return (
    <section aria-label="Import preview" className="space-y-2 rounded-lg border border-line bg-canvas p-4">
      <p className="text-xs font-medium uppercase tracking-wide text-muted">Preview</p>
      <p className="font-serif text-lg font-semibold leading-snug text-ink">{title.trim() || "Untitled: add a title below"}</p>
      <div className="space-y-2 font-serif text-sm leading-relaxed text-ink">
        {preview.excerpt.map((block, index) =>
          block.heading ? (
            <p key={index} className="font-semibold">
              {block.text}
            </p>
          ) : (
            <p key={index}>{block.text}</p>
          ),
        )}
      </div>
      <p className="text-xs text-muted">{preview.length.toLocaleString("en")} characters in all.</p>
    </section>
  );
}
