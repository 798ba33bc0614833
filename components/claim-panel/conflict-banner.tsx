import { Button } from "@/components/ui/button";

/** A save was refused because someone else saved first; the user picks whose version stays. */
export function ConflictBanner({ onShowTheirs, onKeepMine }: { onShowTheirs(): void; onKeepMine(): void }) {
  return (
    <div role="alert" className="space-y-2 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm">
      <p className="font-medium text-danger">Someone else changed this claim while you were editing.</p>
      <p className="text-ink">
        Your latest changes are not saved. Show their version to discard yours, or keep yours to save them on top of
        theirs.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={onShowTheirs}>
          Show their version
        </Button>
        <Button size="sm" onClick={onKeepMine}>
          Keep my changes
        </Button>
      </div>
    </div>
  );
}
