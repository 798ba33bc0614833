"use client";

import { useState } from "react";
import { assignArticleAction } from "@/lib/assignments/actions";
import type { AnnotatorDTO } from "@/lib/review/types";

interface ArticleAssigneeProps {
  workspaceSlug: string;
  articleId: string;
  assignee: { id: string; name: string } | null;
  annotators: AnnotatorDTO[];
}

/** Who is checking this article; the server decides who may change it (editors, or reviewers for themselves). */
export function ArticleAssignee({ workspaceSlug, articleId, assignee, annotators }: ArticleAssigneeProps) {
  const [current, setCurrent] = useState(assignee?.id ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function change(next: string) {
    const previous = current;
    setCurrent(next);
    setPending(true);
    const result = await assignArticleAction({ workspaceSlug, articleId, assigneeId: next || null });
    setPending(false);
    if (result.ok) setError(null);
    else {
      setCurrent(previous);
      setError(result.error);
    }
  }

  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="article-assignee" className="text-muted">
        Assigned to
      </label>
      <select
        id="article-assignee"
        value={current}
        disabled={pending}
        onChange={(event) => change(event.target.value)}
        aria-describedby={error ? "article-assignee-error" : undefined}
        className="h-8 rounded-md border border-line bg-surface px-2 text-sm text-ink"
      >
        <option value="">Nobody</option>
        {annotators.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
      {error ? (
        <span id="article-assignee-error" role="alert" className="text-danger">
          {error}
        </span>
      ) : null}
    </div>
  );
}
