import Link from "next/link";
import { formatDate } from "@/components/claim-panel/format-date";
import { ReviewStatus } from "@/components/review/review-status";
import type { QueueClaim } from "@/lib/review/queue-types";

/** Claims of the queue, each linking to its article with the claim open. */
export function QueueClaimList({ claims }: { claims: QueueClaim[] }) {
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
      {claims.map((claim) => (
        <li key={claim.id}>
          <Link href={claim.href} className="block space-y-1 px-4 py-3 hover:bg-subtle focus-visible:bg-subtle">
            <span className="line-clamp-2 font-serif text-base text-ink">“{claim.text}”</span>
            <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
              <ReviewStatus status={claim.status} disputed={claim.disputed} />
              <span className="truncate">in {claim.articleTitle}</span>
              <span>by {claim.author}</span>
              {claim.reviewRound > 0 ? <span>round {claim.reviewRound}</span> : null}
              <time dateTime={claim.at}>{formatDate(claim.at)}</time>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
