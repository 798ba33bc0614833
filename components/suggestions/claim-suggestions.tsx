"use client";

import * as Popover from "@radix-ui/react-popover";
import type { Editor } from "@tiptap/core";
import { Lightbulb, RefreshCw } from "lucide-react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ClaimDTO } from "@/lib/claims/types";
import { acceptSuggestionAction, dismissSuggestionAction, listSuggestionsAction, runSuggestionsAction } from "@/lib/suggestions/actions";
import { overlaps } from "@/lib/suggestions/plan-suggestions";
import { REASON_LABELS } from "@/lib/suggestions/reasons";
import type { SuggestionDTO } from "@/lib/suggestions/types";
import { SuggestionItem } from "./suggestion-item";
import { useSuggestionMarks } from "./use-suggestion-marks";

interface ClaimSuggestionsProps {
  editor: Editor | null;
  workspaceSlug: string;
  articleId: string;
  /** A new version (the text was saved) means the server has re-made the suggestions. */
  articleVersion: number;
  /** The article's claims: sentences they touch are no longer suggested. */
  claims: readonly { start: number; end: number; anchorStatus: string }[];
  /** Annotators accept, dismiss and re-run; others only see the suggestions. */
  canDecide: boolean;
  onAccepted(claim: ClaimDTO): void;
}

/**
 * Suggested claims: subtle marks in the text and a "Suggestions (n)" popover listing each
 * sentence with its score and reasons, to accept (it becomes a claim) or dismiss.
 */
export function ClaimSuggestions({ editor, workspaceSlug, articleId, articleVersion, claims, canDecide, onAccepted }: ClaimSuggestionsProps) {
  const [suggestions, setSuggestions] = useState<SuggestionDTO[]>([]);
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await listSuggestionsAction({ workspaceSlug, articleId });
    if (result.ok) setSuggestions(result.data);
    else setError(result.error);
  }, [workspaceSlug, articleId]);

  useEffect(() => {
    void reload();
  }, [reload, articleVersion]);

  const anchored = useMemo(() => claims.filter((claim) => claim.anchorStatus === "anchored"), [claims]);
  const visible = useMemo(() => suggestions.filter((suggestion) => !anchored.some((claim) => overlaps(claim, suggestion))), [suggestions, anchored]);
  const marks = useMemo(
    () => visible.map((suggestion) => ({ ...suggestion, label: `Suggested claim: ${suggestion.reasons.map((reason) => REASON_LABELS[reason]).join(", ")}` })),
    [visible],
  );

  const openAt = useCallback((id: string) => {
    setActiveId(id);
    setOpen(true);
    requestAnimationFrame(() => document.querySelector(`[data-suggestion-item="${CSS.escape(id)}"] button`)?.scrollIntoView({ block: "nearest" }));
  }, []);
  useSuggestionMarks(editor, marks, open ? activeId : null, openAt);

  function showInText(id: string) {
    setActiveId(id);
    document.querySelector(`[data-suggestion-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function remove(id: string) {
    setSuggestions((current) => current.filter((suggestion) => suggestion.id !== id));
    if (activeId === id) setActiveId(null);
  }

  // Gone or decided elsewhere: the message says so, and the list shows what the server has now.
  async function failed(result: { error: string; code?: string }) {
    setError(result.error);
    if (result.code === "NOT_FOUND" || result.code === "CONFLICT") await reload();
  }

  async function accept(id: string) {
    setBusy(true);
    setError(null);
    const result = await acceptSuggestionAction({ workspaceSlug, suggestionId: id });
    setBusy(false);
    if (!result.ok) return failed(result);
    remove(id);
    // The new claim's panel opens beside the text; the list steps out of its way.
    setOpen(false);
    onAccepted(result.data.claim);
    toast.success("Suggestion accepted: it is a claim now.");
  }

  async function dismiss(id: string) {
    setBusy(true);
    setError(null);
    const result = await dismissSuggestionAction({ workspaceSlug, suggestionId: id });
    setBusy(false);
    if (!result.ok) return failed(result);
    remove(id);
  }

  async function suggestAgain() {
    setBusy(true);
    setError(null);
    const result = await runSuggestionsAction({ workspaceSlug, articleId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setSuggestions(result.data);
    toast.success(result.data.length === 1 ? "1 sentence suggested." : `${result.data.length} sentences suggested.`);
  }

  const count = visible.length;
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <Button variant="secondary" size="sm" aria-label={`Suggestions (${count})`}>
          <Lightbulb className="size-4" aria-hidden /> Suggestions
          <span className="rounded-full bg-subtle px-1.5 text-xs tabular-nums text-muted" aria-hidden>
            {count}
          </span>
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          aria-label="Suggested claims"
          // Clicking another mark in the text moves the popover's focus instead of closing it.
          onInteractOutside={(event) => {
            if ((event.target as HTMLElement | null)?.closest?.("[data-suggestion-id]")) event.preventDefault();
          }}
          collisionPadding={8}
          // Never taller than the room on its side of the button, so the header and its
          // "Suggest claims" button stay on screen; only the list scrolls.
          className="z-50 flex max-h-[min(70vh,var(--radix-popover-content-available-height))] w-[26rem] max-w-[calc(100vw-1rem)] flex-col rounded-lg border border-line bg-surface text-sm text-ink shadow-lg"
        >
          <div className="flex shrink-0 items-start justify-between gap-3 border-b border-line px-3 py-2">
            <div>
              <h2 className="font-semibold">Suggested claims</h2>
              <p className="text-xs text-muted">Sentences with checkable facts, marked in the text with a dotted underline.</p>
            </div>
            {canDecide ? (
              <Button variant="ghost" size="sm" onClick={suggestAgain} disabled={busy} className="shrink-0">
                <RefreshCw className="size-4" aria-hidden /> Suggest claims
              </Button>
            ) : null}
          </div>
          <div className="min-h-0 flex-1 space-y-2 overflow-y-auto p-2">
            {error ? <Alert>{error}</Alert> : null}
            {count === 0 ? (
              <p className="px-1 py-2 text-muted">{canDecide ? "No suggestions waiting. Press Suggest claims to look for sentences with checkable facts." : "No suggestions for this article."}</p>
            ) : (
              <ul className="space-y-2">
                {visible.map((suggestion) => (
                  <SuggestionItem
                    key={suggestion.id}
                    suggestion={suggestion}
                    active={suggestion.id === activeId}
                    canDecide={canDecide}
                    busy={busy}
                    onShow={showInText}
                    onAccept={accept}
                    onDismiss={dismiss}
                  />
                ))}
              </ul>
            )}
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
