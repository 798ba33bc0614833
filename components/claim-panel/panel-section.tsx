import type { ReactNode } from "react";

/** Small caps heading used by every block of the panel. */
export const SECTION_LABEL = "text-xs font-semibold uppercase tracking-wide text-muted";

/** A block of the panel with its heading; the heading names the region for screen readers. */
export function PanelSection({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h3 id={id} className={SECTION_LABEL}>
          {title}
        </h3>
        {action}
      </div>
      {children}
    </section>
  );
}

/** The message under a field when the server refused its value. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} role="alert" className="text-sm text-danger">
      {errors.join(" ")}
    </p>
  );
}
