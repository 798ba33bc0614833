import { TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";

/** Shown when an article edit removed the passage the claim pointed at. */
export function OrphanWarning({ action, canEdit }: { action?: ReactNode; canEdit: boolean }) {
  return (
    <div className="space-y-2 rounded-md border border-danger/40 bg-danger/5 px-3 py-2 text-sm text-ink">
      <p className="flex items-start gap-2 font-medium">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-danger" />
        This claim lost its place in the article.
      </p>
      <p className="text-muted">
        The article was edited and the quoted passage no longer matches the text, so the claim is not highlighted
        anywhere.
        {canEdit ? " To re-attach it, select the matching text in the article, then choose “Re-attach”." : null}
      </p>
      {action ? <div>{action}</div> : null}
    </div>
  );
}
