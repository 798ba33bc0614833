import type { SourceStance } from "@/lib/claims/types";
import { cn } from "@/components/ui/cn";

export const STANCE_LABELS: Record<SourceStance, string> = {
  supports: "Supports",
  refutes: "Refutes",
  context: "Context",
};

const TONES: Record<SourceStance, string> = {
  supports: "bg-success/10 text-success ring-success/30",
  refutes: "bg-danger/10 text-danger ring-danger/30",
  context: "bg-subtle text-muted ring-line",
};

/** What the source does for the claim; the word carries the meaning, the colour only repeats it. */
export function StanceBadge({ stance }: { stance: SourceStance }) {
  return (
    <span className={cn("inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", TONES[stance])}>
      {STANCE_LABELS[stance]}
    </span>
  );
}
