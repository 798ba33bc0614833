import type { ReactNode } from "react";

/** One list of the queue with its count, or a sentence saying why it is empty. */
export function QueueSection({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="flex items-center gap-2 text-lg font-semibold">
        {title}
        <span className="rounded-full bg-subtle px-2 py-0.5 text-xs font-medium text-muted" aria-label={`${count} item${count === 1 ? "" : "s"}`}>
          {count}
        </span>
      </h2>
      {count === 0 ? <p className="rounded-xl border border-dashed border-line px-4 py-6 text-sm text-muted">{empty}</p> : children}
    </section>
  );
}
