"use client";

import { Check, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { SuggestionDTO } from "@/lib/suggestions/types";
import { ReasonBadges } from "./reason-badges";

interface SuggestionItemProps {
  suggestion: SuggestionDTO;
  active: boolean;
  canDecide: boolean;
  busy: boolean;
  onShow(id: string): void;
  onAccept(id: string): void;
  onDismiss(id: string): void;
}

/** One suggested sentence: its quote (shows it in the text), score, reasons and the decisions. */
export function SuggestionItem({ suggestion, active, canDecide, busy, onShow, onAccept, onDismiss }: SuggestionItemProps) {
  const score = Math.round(suggestion.score * 100);
  return (
    <li
      data-suggestion-item={suggestion.id}
      aria-label={`Suggestion: ${suggestion.exact}`}
      aria-current={active ? "true" : undefined}
      className={cn("space-y-2 rounded-lg border p-3", active ? "border-accent bg-subtle" : "border-line")}
    >
      <button
        type="button"
        onClick={() => onShow(suggestion.id)}
        className="line-clamp-3 border-l-2 border-line pl-2 text-left font-serif text-sm leading-snug text-ink hover:underline"
        title="Show in the text"
      >
        {suggestion.exact}
      </button>
      <div className="flex items-center gap-2">
        <span className="text-xs font-medium tabular-nums text-muted" aria-label={`Score ${score} out of 100`}>
          Score {score}
        </span>
        <ReasonBadges reasons={suggestion.reasons} />
      </div>
      {canDecide ? (
        <div className="flex gap-2">
          <Button size="sm" onClick={() => onAccept(suggestion.id)} disabled={busy} aria-label={`Accept as claim: ${suggestion.exact}`}>
            <Check className="size-4" aria-hidden /> Accept
          </Button>
          <Button size="sm" variant="secondary" onClick={() => onDismiss(suggestion.id)} disabled={busy} aria-label={`Dismiss: ${suggestion.exact}`}>
            <X className="size-4" aria-hidden /> Dismiss
          </Button>
        </div>
      ) : null}
    </li>
  );
}
