"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { RatingLabelDTO } from "@/lib/claims/types";
import { REVIEW_COMMENT_MAX } from "@/lib/review/schema";

type Mode = "idle" | "verdict" | "changes";

/** A reviewer's three choices on a submitted claim: approve, approve with their own verdict, or send back. */
export function ReviewerControls(props: {
  scale: RatingLabelDTO[];
  authorVerdictId: string | null;
  busy: boolean;
  onApprove(independentRatingLabelId?: string): Promise<boolean>;
  onRequestChanges(comment: string): Promise<boolean>;
}) {
  const { scale, authorVerdictId, busy } = props;
  const id = useId();
  const [mode, setMode] = useState<Mode>("idle");
  const [verdict, setVerdict] = useState(authorVerdictId ?? "");
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | null>(null);
  const labels = [...scale].sort((a, b) => a.position - b.position);

  async function sendBack() {
    if (!comment.trim()) {
      setCommentError("Say what should change: a comment is required when requesting changes.");
      return;
    }
    setCommentError(null);
    if (await props.onRequestChanges(comment)) setComment("");
  }

  if (mode === "verdict") {
    return (
      <div className="space-y-2 rounded-md border border-line p-3">
        <label htmlFor={`${id}-verdict`} className="block text-sm font-medium text-ink">
          Your verdict
        </label>
        <select
          id={`${id}-verdict`}
          value={verdict}
          onChange={(event) => setVerdict(event.target.value)}
          className="h-10 w-full rounded-md border border-line bg-surface px-2 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
        >
          {labels.map((label) => (
            <option key={label.id} value={label.id}>
              {label.label}
              {label.id === authorVerdictId ? " (the author's)" : ""}
            </option>
          ))}
        </select>
        <p className="text-xs text-muted">The same verdict as the author's counts as an approval; a different one disputes the claim until it is resolved.</p>
        <div className="flex gap-2">
          <Button size="sm" disabled={busy || !verdict} onClick={() => props.onApprove(verdict)}>
            Record my verdict
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setMode("idle")}>
            Cancel
          </Button>
        </div>
      </div>
    );
  }

  if (mode === "changes") {
    return (
      <div className="space-y-2 rounded-md border border-line p-3">
        <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-ink">
          What should change?
        </label>
        <textarea
          id={`${id}-comment`}
          value={comment}
          maxLength={REVIEW_COMMENT_MAX}
          rows={4}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? `${id}-comment-error` : undefined}
          onChange={(event) => setComment(event.target.value)}
          className="w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-invalid:border-danger"
        />
        {commentError ? (
          <p id={`${id}-comment-error`} role="alert" className="text-sm text-danger">
            {commentError}
          </p>
        ) : null}
        <div className="flex gap-2">
          <Button size="sm" disabled={busy} onClick={sendBack}>
            Send back for changes
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setMode("idle")}>
            Cancel
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" disabled={busy} onClick={() => props.onApprove()}>
        Approve
      </Button>
      <Button size="sm" variant="secondary" disabled={busy} onClick={() => setMode("verdict")}>
        Approve with my own verdict
      </Button>
      <Button size="sm" variant="secondary" disabled={busy} onClick={() => setMode("changes")}>
        Request changes
      </Button>
    </div>
  );
}
