import { X } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** Title row: heading, save state, delete, close. Stays visible while the panel scrolls. */
export function ClaimPanelHeader(props: { headingId: string; saveState: ReactNode; deleteButton: ReactNode; onClose(): void }) {
  const { headingId, saveState, deleteButton, onClose } = props;
  return (
    <header className="sticky top-0 z-10 flex items-center gap-2 border-b border-line bg-surface px-4 py-2">
      <div className="min-w-0 flex-1">
        <h2 id={headingId} className="text-sm font-semibold text-ink">
          Claim
        </h2>
        {saveState}
      </div>
      {deleteButton}
      <Button size="sm" variant="ghost" className="size-8 px-0" aria-label="Close claim panel" title="Close" onClick={onClose}>
        <X aria-hidden className="size-4" />
      </Button>
    </header>
  );
}
