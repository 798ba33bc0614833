import type { ClaimProgress } from "@/lib/dashboard/types";
import { ProgressBar } from "./progress-bar";

/** An article's own progress bar with its counts in words, for the article page's header. */
export function ArticleProgress({ progress }: { progress: ClaimProgress }) {
  if (progress.total === 0) return null;
  const flags = [progress.disputed ? `${progress.disputed} disputed` : "", progress.orphaned ? `${progress.orphaned} orphaned` : ""].filter(Boolean);
  return (
    <div className="flex max-w-2xl items-center gap-3 text-sm" data-testid="article-progress">
      <ProgressBar progress={progress} className="w-40 shrink-0 sm:w-56" />
      <p className="text-muted">
        <span className="font-medium text-ink">
          {progress.approved} of {progress.total}
        </span>{" "}
        approved · {progress.proposed} awaiting review · {progress.working} being checked
        {flags.length ? <span className="text-danger"> · {flags.join(" · ")}</span> : null}
      </p>
    </div>
  );
}
