"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SourceDTO } from "@/lib/claims/types";
import type { SourceInput } from "./claim-actions";
import type { SaveResult } from "./claim-save-queue";
import { PanelSection } from "./panel-section";
import { SourceCard, moveButtonId } from "./source-card";
import { SourceForm } from "./source-form";

export interface SourceCommands {
  add(source: SourceInput): Promise<SaveResult>;
  update(sourceId: string, source: SourceInput): Promise<SaveResult>;
  remove(sourceId: string): Promise<SaveResult>;
  move(sourceId: string, offset: -1 | 1): Promise<SaveResult>;
}

/** The evidence list. Changes wait their turn in the claim's save queue like every other edit. */
export function SourcesSection(props: { id: string; sources: SourceDTO[]; canEdit: boolean; commands: SourceCommands }) {
  const { id, sources, canEdit, commands } = props;
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ordered = [...sources].sort((a, b) => a.position - b.position);

  async function report(result: Promise<SaveResult>) {
    const settled = await result;
    setError(settled.ok ? null : settled.error);
    return settled;
  }

  async function move(sourceId: string, offset: -1 | 1) {
    const result = await report(commands.move(sourceId, offset));
    if (!result.ok) return;
    // Reordering moves the card in the DOM, which drops focus; put it back on the card's button.
    requestAnimationFrame(() => {
      const here = document.getElementById(moveButtonId(sourceId, offset)) as HTMLButtonElement | null;
      const other = document.getElementById(moveButtonId(sourceId, offset === -1 ? 1 : -1)) as HTMLButtonElement | null;
      (here && !here.disabled ? here : other)?.focus();
    });
  }

  const addButton =
    canEdit && editing !== "new" ? (
      <Button size="sm" variant="secondary" className="h-7 px-2 text-xs" onClick={() => setEditing("new")}>
        <Plus aria-hidden className="size-3.5" />
        Add source
      </Button>
    ) : null;

  return (
    <PanelSection id={id} title={`Sources${ordered.length ? ` (${ordered.length})` : ""}`} action={addButton}>
      {error ? <Alert>{error}</Alert> : null}
      {editing === "new" ? <SourceForm onSubmit={commands.add} onDone={() => setEditing(null)} /> : null}
      {ordered.length ? (
        <ol className="space-y-2">
          {ordered.map((source, index) => (
            <li key={source.id}>
              {editing === source.id ? (
                <SourceForm
                  source={source}
                  onSubmit={(input) => commands.update(source.id, input)}
                  onDone={() => setEditing(null)}
                />
              ) : (
                <SourceCard
                  source={source}
                  isFirst={index === 0}
                  isLast={index === ordered.length - 1}
                  canEdit={canEdit}
                  onEdit={() => setEditing(source.id)}
                  onMove={(offset) => void move(source.id, offset)}
                  onRemove={() => report(commands.remove(source.id))}
                />
              )}
            </li>
          ))}
        </ol>
      ) : editing !== "new" ? (
        <p className="text-sm text-muted">No sources yet.</p>
      ) : null}
    </PanelSection>
  );
}
