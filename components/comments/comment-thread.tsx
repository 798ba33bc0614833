"use client";

import { useEffect, useId, useState } from "react";
import { EventTime } from "@/components/history/event-time";
import { Button } from "@/components/ui/button";
import { addCommentAction, deleteCommentAction, listCommentsAction } from "@/lib/comments/actions";
import { COMMENT_MAX } from "@/lib/comments/schema";
import type { CommentDTO } from "@/lib/comments/types";
import { SECTION_LABEL } from "@/components/claim-panel/panel-section";
import { CommentBody } from "./comment-body";
import { MentionTextarea, type MentionMember } from "./mention-textarea";

interface CommentThreadProps {
  workspaceSlug: string;
  claimId: string;
  /** The workspace's members, for @mention suggestions. */
  members: readonly MentionMember[];
  /** Viewers read the thread without a composer. */
  canComment: boolean;
  /** After a comment is posted or deleted (the claim's history gained an entry). */
  onActivity?(): void;
}

const OFFLINE = "Could not reach the server. Your comment is still here; try again.";

/** The claim's comments, oldest first, and a composer with @mention suggestions. */
export function CommentThread({ workspaceSlug, claimId, members, canComment, onActivity }: CommentThreadProps) {
  const id = useId();
  const [comments, setComments] = useState<CommentDTO[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [posting, setPosting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    listCommentsAction({ workspaceSlug, claimId }).then(
      (result) => {
        if (!current) return;
        if (result.ok) setComments(result.data);
        else setLoadError(result.error);
      },
      () => current && setLoadError("The comments could not be loaded. Check your connection."),
    );
    return () => {
      current = false;
    };
  }, [workspaceSlug, claimId]);

  async function post() {
    if (posting) return;
    if (draft.trim() === "") return setError("Write something first.");
    if ([...draft].length > COMMENT_MAX) return setError(`Keep the comment under ${COMMENT_MAX.toLocaleString("en")} characters.`);
    setPosting(true);
    setError(null);
    try {
      const result = await addCommentAction({ workspaceSlug, claimId, body: draft });
      if (!result.ok) return setError(result.fieldErrors?.body?.join(" ") ?? result.error);
      setComments((current) => [...(current ?? []), result.data]);
      setDraft("");
      onActivity?.();
    } catch {
      setError(OFFLINE);
    } finally {
      setPosting(false);
    }
  }

  async function remove(comment: CommentDTO) {
    try {
      const result = await deleteCommentAction({ workspaceSlug, commentId: comment.id });
      if (!result.ok) return setError(result.error);
      setComments((current) => current?.filter((other) => other.id !== comment.id) ?? null);
      onActivity?.();
    } catch {
      setError("Could not reach the server. The comment was not deleted.");
    }
  }

  const count = comments ? ` (${comments.length})` : "";
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h3 id={`${id}-heading`} className={SECTION_LABEL}>
        Comments{count}
      </h3>
      {loadError ? (
        <p role="alert" className="text-sm text-danger">
          {loadError}
        </p>
      ) : null}
      {comments === null && !loadError ? <p className="text-sm text-muted">Loading comments…</p> : null}
      {comments?.length === 0 ? <p className="text-sm text-muted">No comments yet.</p> : null}
      {comments?.length ? (
        <ul aria-label="Comments" className="space-y-3">
          {comments.map((comment) => (
            <li key={comment.id} aria-label={`Comment by ${comment.author.name}`} className="rounded-md border border-line bg-subtle/50 px-3 py-2">
              <div className="mb-1 flex flex-wrap items-baseline justify-between gap-x-2">
                <span className="text-sm font-semibold text-ink">{comment.author.name}</span>
                <EventTime iso={comment.createdAt} />
              </div>
              <CommentBody comment={comment} />
              {comment.canDelete ? (
                <button
                  type="button"
                  onClick={() => remove(comment)}
                  className="mt-1 text-xs text-muted underline-offset-2 hover:text-danger hover:underline"
                >
                  Delete<span className="sr-only"> your comment</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canComment ? (
        <form
          aria-label="Add a comment"
          className="space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            void post();
          }}
        >
          <label htmlFor={`${id}-body`} className="sr-only">
            Comment
          </label>
          <MentionTextarea
            id={`${id}-body`}
            value={draft}
            onChange={(value) => {
              setDraft(value);
              if (error) setError(null);
            }}
            members={members}
            onSubmit={post}
            invalid={Boolean(error)}
            describedBy={error ? `${id}-error` : `${id}-hint`}
          />
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-sm text-danger">
              {error}
            </p>
          ) : null}
          <div className="flex items-center justify-between gap-2">
            <p id={`${id}-hint`} className="text-xs text-muted">
              Ctrl+Enter to post
            </p>
            <Button type="submit" size="sm" disabled={posting}>
              {posting ? "Posting…" : "Post comment"}
            </Button>
          </div>
        </form>
      ) : (
        <p className="text-xs text-muted">Viewers can read comments but not post them.</p>
      )}
    </section>
  );
}
