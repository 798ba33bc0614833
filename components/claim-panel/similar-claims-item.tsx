import { formatDate } from "./format-date";
import { VerdictDot } from "@/components/search/verdict-dot";
import { STATUS_LABELS } from "@/lib/claims/types";
import type { SimilarClaimDTO } from "@/lib/similar-claims/types";

/** One earlier claim: its words, verdict and status, and the article it is in (a link). */
export function SimilarClaimItem({ item, children }: { item: SimilarClaimDTO; children?: React.ReactNode }) {
  return (
    <div className="space-y-1.5" data-testid="similar-claim">
      <p className="line-clamp-3 font-serif text-sm leading-snug text-ink">“{item.normalizedText ?? item.exact}”</p>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
        <VerdictDot verdict={item.verdict} />
        <span>· {STATUS_LABELS[item.status]}</span>
        {item.score > 0 ? <span>· {Math.round(item.score * 100)}% alike</span> : null}
      </div>
      <p className="text-xs text-muted">
        in{" "}
        <a href={item.href} className="text-accent underline-offset-2 hover:underline">
          {item.articleTitle}
        </a>{" "}
        · <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
        {item.sourceCount ? ` · ${item.sourceCount} source${item.sourceCount === 1 ? "" : "s"}` : null}
      </p>
      {children ? <div className="flex flex-wrap gap-1.5 pt-0.5">{children}</div> : null}
    </div>
  );
}
