import type { ReactNode } from "react";
import { findMentions } from "@/lib/comments/find-mentions";
import type { CommentDTO } from "@/lib/comments/types";

/** A comment's text with its resolved @mentions highlighted; React renders it as text, never HTML. */
export function CommentBody({ comment }: { comment: Pick<CommentDTO, "body" | "mentions"> }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of findMentions(comment.body, comment.mentions)) {
    parts.push(comment.body.slice(last, match.start));
    parts.push(
      <span key={match.start} data-mention={match.userId} className="rounded bg-accent/15 px-0.5 font-medium text-accent">
        {comment.body.slice(match.start, match.end)}
      </span>,
    );
    last = match.end;
  }
  parts.push(comment.body.slice(last));
  return <p className="text-sm leading-relaxed break-words whitespace-pre-wrap text-ink">{parts}</p>;
}
