"use client";

import { useEffect, useState } from "react";
import { CommentThread } from "@/components/comments/comment-thread";
import type { MentionMember } from "@/components/comments/mention-textarea";
import type { RatingLabelDTO } from "@/lib/claims/types";
import { listMentionableMembersAction } from "@/lib/comments/actions";
import { ClaimTimeline } from "./claim-timeline";

interface ClaimActivityProps {
  workspaceSlug: string;
  claimId: string;
  version: number;
  canComment: boolean;
  ratingScale: readonly RatingLabelDTO[];
  /** The workspace's members; fetched here when the page did not pass them. */
  members?: readonly MentionMember[];
}

/** The bottom of the claim panel: comments, then the history (which a new comment refreshes). */
export function ClaimActivity({ members, ...props }: ClaimActivityProps) {
  const [activity, setActivity] = useState(0);
  const [fetched, setFetched] = useState<readonly MentionMember[]>([]);

  useEffect(() => {
    if (members || !props.canComment) return;
    let current = true;
    listMentionableMembersAction({ workspaceSlug: props.workspaceSlug }).then(
      (result) => current && result.ok && setFetched(result.data),
      // Without the list, @mentions still resolve on the server; only suggestions are missing.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [members, props.canComment, props.workspaceSlug]);

  return (
    <div className="space-y-6 border-t border-line pt-4">
      <CommentThread
        workspaceSlug={props.workspaceSlug}
        claimId={props.claimId}
        members={members ?? fetched}
        canComment={props.canComment}
        onActivity={() => setActivity((count) => count + 1)}
      />
      <ClaimTimeline
        workspaceSlug={props.workspaceSlug}
        claimId={props.claimId}
        version={props.version}
        refreshKey={activity}
        ratingScale={props.ratingScale}
      />
    </div>
  );
}
