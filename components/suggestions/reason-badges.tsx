import { REASON_LABELS, type SuggestionReason } from "@/lib/suggestions/reasons";

/** The reasons a sentence was suggested, as small neutral badges. */
export function ReasonBadges({ reasons }: { reasons: SuggestionReason[] }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Why it was suggested">
      {reasons.map((reason) => (
        <li key={reason} className="rounded-full border border-line bg-subtle px-2 py-0.5 text-[11px] leading-4 text-muted">
          {REASON_LABELS[reason]}
        </li>
      ))}
    </ul>
  );
}
