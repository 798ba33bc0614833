"use client";

import type { Editor } from "@tiptap/core";
import { Highlighter, Pencil } from "lucide-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Toaster, toast } from "sonner";
import { ClaimPanel } from "@/components/claim-panel/claim-panel";
import { Alert } from "@/components/ui/alert";
import { ClaimSuggestions } from "@/components/suggestions/claim-suggestions";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { createClaimAction, getClaimAction, reattachClaimAction, updateArticleAction } from "@/lib/claims/actions";
import { toClaimSummary } from "@/lib/claims/claim-summary";
import type { ArticleAnnotationView, ClaimDTO, ClaimSummaryDTO } from "@/lib/claims/types";
import type { AnnotatorDTO } from "@/lib/review/types";
import type { HighlightClaim } from "@/components/editor/claim-highlights-extension";
import { ArticleEditor } from "./article-editor";
import { ArticleHeader } from "./article-header";
import { claimActions } from "./claim-actions-binding";
import { ClaimsList } from "./claims-list";
import { RatingLegend } from "./rating-legend";
import { scrollToHighlight } from "./scroll-to-claim";
import { selectionAnchor } from "./selection-anchor";
import { useClaimDetails } from "./use-claim-details";
import { useHoverPrefetch } from "./use-hover-prefetch";
import { useMarkClaimShortcut } from "./use-mark-claim-shortcut";

/** The article page: text with highlights, the claims list, and the open claim's panel. */
interface AnnotationWorkspaceProps {
  view: ArticleAnnotationView;
  /** Claim to open first (links from the queue and notifications), with its details. */
  initialClaim?: ClaimDTO | null;
  currentUserId: string;
  /** Members who can annotate: assignees and reviewers. */
  annotators: AnnotatorDTO[];
}

export function AnnotationWorkspace({ view, initialClaim, currentUserId, annotators }: AnnotationWorkspaceProps) {
  const [article, setArticle] = useState(view.article);
  const [claims, setClaims] = useState<ClaimSummaryDTO[]>(view.claims);
  // A link to a claim (from the queue or a notification) opens it.
  const [selectedId, setSelectedId] = useState<string | null>(
    initialClaim && view.claims.some((claim) => claim.id === initialClaim.id) ? initialClaim.id : null,
  );
  const [editor, setEditor] = useState<Editor | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const workspaceSlug = view.workspace.slug;
  const { annotate, editArticle } = view.permissions;
  const { details, errors: detailErrors, load: loadDetails, put: putDetails } = useClaimDetails(workspaceSlug, initialClaim ?? null);
  const prefetch = useHoverPrefetch(loadDetails);

  const labels = useMemo(() => new Map(view.ratingScale.map((label) => [label.id, label])), [view.ratingScale]);
  // Autosaves replace claims often; the highlights only change when an anchor or verdict does,
  // and keeping the same array then spares the editor a rebuild of every decoration.
  const drawnHighlights = useRef<HighlightClaim[]>([]);
  const highlights = useMemo(() => {
    const next = claims
      .filter((claim) => claim.anchorStatus === "anchored")
      .map((claim) => {
        const label = claim.ratingLabelId ? labels.get(claim.ratingLabelId) : undefined;
        return { id: claim.id, start: claim.start, end: claim.end, color: label?.color ?? null, label: label?.label ?? "No verdict yet" };
      });
    const previous = drawnHighlights.current;
    if (previous.length === next.length && previous.every((highlight, index) => sameHighlight(highlight, next[index]))) return previous;
    drawnHighlights.current = next;
    return next;
  }, [claims, labels]);
  const selectedSummary = claims.find((claim) => claim.id === selectedId) ?? null;
  const selected = selectedSummary ? (details.get(selectedSummary.id) ?? null) : null;
  const selectedVersion = selectedSummary?.version ?? 0;

  // The open claim's details: fetched on open, and again when the page learns of a newer version
  // (the text was saved and claims re-anchored) so the panel never edits a stale copy for long.
  useEffect(() => {
    if (selectedId) loadDetails(selectedId, selectedVersion);
  }, [selectedId, selectedVersion, loadDetails]);

  const replaceClaim = useCallback(
    (fresh: ClaimDTO) => {
      putDetails(fresh);
      setClaims((current) => current.map((claim) => (claim.id === fresh.id ? toClaimSummary(fresh) : claim)));
    },
    [putDetails],
  );

  const addClaim = useCallback(
    (claim: ClaimDTO) => {
      putDetails(claim);
      setClaims((current) => [...current, toClaimSummary(claim)].sort(documentOrder));
    },
    [putDetails],
  );

  // The claims list scrolls to the selected claim by itself.
  const onClaimClick = useCallback((id: string) => setSelectedId(id), []);

  const selectFromList = useCallback((id: string) => {
    setSelectedId(id);
    scrollToHighlight(id);
  }, []);

  const markClaim = useCallback(async () => {
    if (!editor || editing || busy) return;
    const anchor = selectionAnchor(editor);
    if (!anchor) {
      setError("Select the words of the claim in the article first.");
      return;
    }
    setBusy(true);
    setError(null);
    const result = await createClaimAction({ workspaceSlug, articleId: article.id, anchor });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    window.getSelection()?.removeAllRanges();
    addClaim(result.data);
    setSelectedId(result.data.id);
  }, [editor, editing, busy, workspaceSlug, article.id, addClaim]);

  useMarkClaimShortcut(markClaim, annotate);

  const openedFromLink = useRef(false);
  useEffect(() => {
    if (!editor || !selectedId || openedFromLink.current) return;
    openedFromLink.current = true;
    requestAnimationFrame(() => scrollToHighlight(selectedId));
  }, [editor, selectedId]);

  async function reattach(claim: ClaimDTO) {
    const anchor = editor ? selectionAnchor(editor) : null;
    if (!anchor) {
      setError("Select the text this claim should be attached to, then press Re-attach.");
      return;
    }
    const result = await reattachClaimAction({ workspaceSlug, claimId: claim.id, version: claim.version, anchor });
    if (!result.ok) setError(result.error);
    else {
      setError(null);
      putDetails(result.data);
      setClaims((current) => current.map((item) => (item.id === claim.id ? toClaimSummary(result.data) : item)).sort(documentOrder));
    }
  }

  async function refetchClaim(claimId: string) {
    const result = await getClaimAction({ workspaceSlug, claimId });
    if (result.ok) replaceClaim(result.data);
  }

  async function saveText() {
    if (!editor) return;
    setBusy(true);
    const result = await updateArticleAction({ workspaceSlug, articleId: article.id, version: article.version, content: editor.getJSON() });
    setBusy(false);
    if (!result.ok) {
      // The edited text stays in the editor so nothing typed is lost.
      setError(result.error);
      return;
    }
    setError(null);
    setArticle(result.data.article);
    setClaims(result.data.claims);
    setEditing(false);
    const orphans = result.data.claims.filter((claim) => claim.anchorStatus === "orphaned").length;
    toast.success(orphans ? `Text saved. ${orphans} claim${orphans === 1 ? "" : "s"} lost ${orphans === 1 ? "its" : "their"} place and need re-attaching.` : "Text saved. All claims are in place.");
  }

  function cancelEditing() {
    editor?.commands.setContent(article.content);
    setEditing(false);
    setError(null);
  }

  return (
    <div className="grid grid-cols-[16rem_minmax(0,1fr)_24rem] items-start gap-6">
      {/* A flex column, so the list inside scrolls within the column's height. */}
      <aside className="annotation-side sticky top-20 flex max-h-[calc(100vh-6rem)] flex-col overflow-hidden rounded-xl border border-line bg-surface p-3" aria-label="Claims">
        <ClaimsList claims={claims} scale={view.ratingScale} selectedId={selectedId} onSelect={selectFromList} onPrefetch={prefetch} />
      </aside>

      <main className="min-w-0 space-y-6">
        <ArticleHeader article={article} annotators={annotators} workspace={view.workspace} canEdit={editArticle} onSaved={setArticle} claims={claims} />
        <div className="sticky top-14 z-10 -mx-2 space-y-2 border-b border-line bg-canvas/95 px-2 py-2 backdrop-blur">
          <div className="flex flex-wrap items-center gap-2">
            {editing ? (
              <>
                <span className="text-sm font-medium">Editing the text.</span>
                <span className="text-xs text-muted">Highlights follow your edits; claims are re-anchored when you save.</span>
                <span className="ml-auto flex gap-2">
                  <Button variant="secondary" size="sm" onClick={cancelEditing} disabled={busy}>
                    Cancel
                  </Button>
                  <Button size="sm" onClick={saveText} disabled={busy}>
                    {busy ? "Saving…" : "Save text"}
                  </Button>
                </span>
              </>
            ) : (
              <>
                {annotate ? (
                  <Button size="sm" onClick={markClaim} disabled={!editor || busy} aria-keyshortcuts="Control+Shift+H">
                    <Highlighter className="size-4" aria-hidden /> Mark as claim
                    <kbd className="ml-1 hidden rounded border border-accent-ink/60 px-1 font-mono text-[10px] xl:inline">Ctrl+Shift+H</kbd>
                  </Button>
                ) : (
                  <span className="text-sm text-muted">You can read and export this article; your role does not allow annotating.</span>
                )}
                <ClaimSuggestions
                  editor={editor}
                  workspaceSlug={workspaceSlug}
                  articleId={article.id}
                  articleVersion={article.version}
                  claims={claims}
                  canDecide={annotate}
                  onAccepted={(claim) => {
                    addClaim(claim);
                    setSelectedId(claim.id);
                  }}
                />
                {editArticle ? (
                  <Button variant="secondary" size="sm" className="ml-auto" onClick={() => setEditing(true)} disabled={!editor}>
                    <Pencil className="size-4" aria-hidden /> Edit text
                  </Button>
                ) : null}
              </>
            )}
          </div>
          <RatingLegend scale={view.ratingScale} />
          {error ? <Alert>{error}</Alert> : null}
        </div>
        <ArticleEditor
          content={article.content}
          label={`Text of “${article.title}”`}
          editable={editing}
          highlights={highlights}
          selectedId={selectedId}
          onClaimClick={onClaimClick}
          onClaimHover={prefetch}
          onEditor={setEditor}
        />
      </main>

      <div className={cn("annotation-side sticky top-20 overflow-hidden rounded-xl border border-line bg-surface", selectedSummary && "h-[calc(100vh-6rem)]")}>
        {selectedSummary ? (
          // No key: one panel (and one rationale editor) serves every claim opened in turn.
          <ClaimPanel
            summary={selectedSummary}
            claim={selected}
            loadError={detailErrors.get(selectedSummary.id)}
            onRetryLoad={() => loadDetails(selectedSummary.id, selectedSummary.version)}
            ratingScale={view.ratingScale}
            workspaceSlug={workspaceSlug}
            canEdit={annotate}
            actions={claimActions}
            onClaimChange={replaceClaim}
            onDeleted={(id) => {
              setClaims((current) => current.filter((claim) => claim.id !== id));
              setSelectedId(null);
            }}
            onRestored={addClaim}
            onClose={() => setSelectedId(null)}
            onConflict={refetchClaim}
            members={annotators}
            currentUserId={currentUserId}
            orphanAction={
              selected?.anchorStatus === "orphaned" && annotate ? (
                <Button size="sm" onClick={() => reattach(selected)}>
                  Re-attach to selected text
                </Button>
              ) : undefined
            }
          />
        ) : (
          <div className="space-y-2 p-5 text-sm text-muted">
            <h2 className="font-semibold text-ink">No claim open</h2>
            <p>Click a highlight or a claim in the list to see its verdict, rationale and sources.</p>
            {annotate ? <p>To add a claim, select its words in the article and press Mark as claim.</p> : null}
          </div>
        )}
      </div>
    </div>
  );
}

/** The page's toasts (undo after delete, text saved), mounted once outside the grid. */
export function AnnotationToaster() {
  return <Toaster position="bottom-center" richColors closeButton />;
}

function sameHighlight(a: HighlightClaim, b: HighlightClaim) {
  return a.id === b.id && a.start === b.start && a.end === b.end && a.color === b.color && a.label === b.label;
}

function documentOrder(a: ClaimSummaryDTO, b: ClaimSummaryDTO) {
  if (a.anchorStatus !== b.anchorStatus) return a.anchorStatus === "anchored" ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}
