"use client";

import { ArrowDown, ArrowUp, Pencil, X } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { SourceDTO } from "@/lib/claims/types";
import { formatDate } from "./format-date";
import { StanceBadge } from "./stance-badge";

/** One source: link, who and when, stance, the quoted excerpt and (for editors) its buttons. */
export function SourceCard(props: {
  source: SourceDTO;
  isFirst: boolean;
  isLast: boolean;
  canEdit: boolean;
  onEdit(): void;
  onMove(offset: -1 | 1): void;
  onRemove(): Promise<unknown>;
}) {
  const { source, isFirst, isLast, canEdit, onEdit, onMove, onRemove } = props;
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const meta = [source.publisher, source.publishedAt ? formatDate(source.publishedAt) : null].filter(Boolean).join(" · ");

  return (
    <article className="space-y-2 rounded-lg border border-line bg-surface p-3" aria-label={source.title}>
      <div className="flex items-start justify-between gap-2">
        <a
          href={source.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="break-words text-sm font-medium text-accent underline-offset-2 hover:underline"
        >
          {source.title}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        <StanceBadge stance={source.stance} />
      </div>
      {meta ? <p className="text-xs text-muted">{meta}</p> : null}
      {source.excerpt ? (
        <blockquote className="border-l-2 border-line pl-2 font-serif text-sm italic text-ink">{source.excerpt}</blockquote>
      ) : null}
      {canEdit && !confirming ? (
        <div className="flex flex-wrap gap-0.5">
          <IconButton label={`Edit source ${source.title}`} onClick={onEdit} icon={<Pencil className="size-3.5" />} text="Edit" />
          <IconButton id={moveButtonId(source.id, -1)} label={`Move source ${source.title} up`} onClick={() => onMove(-1)} disabled={isFirst} icon={<ArrowUp className="size-3.5" />} />
          <IconButton id={moveButtonId(source.id, 1)} label={`Move source ${source.title} down`} onClick={() => onMove(1)} disabled={isLast} icon={<ArrowDown className="size-3.5" />} />
          <IconButton label={`Remove source ${source.title}`} onClick={() => setConfirming(true)} icon={<X className="size-3.5" />} text="Remove" />
        </div>
      ) : null}
      {canEdit && confirming ? (
        <div role="group" aria-label={`Confirm removing source ${source.title}`} className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-ink">Remove this source?</span>
          <Button
            size="sm"
            variant="danger"
            disabled={removing}
            autoFocus
            onClick={async () => {
              setRemoving(true);
              await onRemove();
              setRemoving(false);
              setConfirming(false);
            }}
          >
            {removing ? "Removing…" : "Remove"}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setConfirming(false)}>
            Keep
          </Button>
        </div>
      ) : null}
    </article>
  );
}

function IconButton(props: { label: string; onClick(): void; icon: ReactNode; text?: string; disabled?: boolean; id?: string }) {
  const { label, onClick, icon, text, disabled, id } = props;
  return (
    <Button id={id} type="button" size="sm" variant="ghost" className="h-7 gap-1 px-2 text-xs" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <span aria-hidden>{icon}</span>
      {text ? <span aria-hidden>{text}</span> : null}
    </Button>
  );
}

/** Lets the list put focus back on a move button after the cards were reordered. */
export function moveButtonId(sourceId: string, offset: -1 | 1) {
  return `source-${sourceId}-move-${offset < 0 ? "up" : "down"}`;
}
