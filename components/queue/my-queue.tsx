import type { MyQueue as MyQueueData } from "@/lib/review/queue-types";
import { QueueArticleList } from "./queue-article-list";
import { QueueClaimList } from "./queue-claim-list";
import { QueueSection } from "./queue-section";

/** "My queue": what waits for the user's review, what came back to them, and what is assigned to them. */
export function MyQueue({ queue }: { queue: MyQueueData }) {
  return (
    <div className="space-y-8">
      {queue.canReview ? (
        <QueueSection id="queue-review" title="Waiting for your review" count={queue.toReview.length} empty="Nothing to review: no teammate's verdict is waiting for you.">
          <QueueClaimList claims={queue.toReview} />
        </QueueSection>
      ) : null}
      {queue.returned.length ? (
        <QueueSection id="queue-returned" title="Sent back to you" count={queue.returned.length} empty="">
          <QueueClaimList claims={queue.returned} />
        </QueueSection>
      ) : null}
      <QueueSection id="queue-claims" title="Claims assigned to you" count={queue.assignedClaims.length} empty="No claims are assigned to you.">
        <QueueClaimList claims={queue.assignedClaims} />
      </QueueSection>
      <QueueSection id="queue-articles" title="Articles assigned to you" count={queue.assignedArticles.length} empty="No articles are assigned to you.">
        <QueueArticleList articles={queue.assignedArticles} />
      </QueueSection>
    </div>
  );
}
