"use client";

import { useCallback, useEffect, useState } from "react";
import type { ClaimRun } from "@/components/review/claim-run";
import { Button } from "@/components/ui/button";
import { addSourceAction, getClaimAction, updateClaimAction } from "@/lib/claims/actions";
import type { ClaimDTO } from "@/lib/claims/types";
import type { ActionResult } from "@/lib/server/action-result";
import { findSimilarClaimsAction, linkClaimAction } from "@/lib/similar-claims/actions";
import type { SimilarClaimDTO, SimilarClaimsView } from "@/lib/similar-claims/types";
import { PanelSection } from "./panel-section";
import { SimilarClaimItem } from "./similar-claims-item";

// Looked up again after a pause in typing the wording, not on every key.
const TYPING_PAUSE_MS = 400;

interface Props {
  claim: ClaimDTO;
  workspaceSlug: string;
  canEdit: boolean;
  /** The panel's save queue: links and copies go out in order with the current version. */
  run: ClaimRun;
}

/**
 * Earlier claims of the workspace that say nearly the same thing as this one, with their
 * verdicts; one click links this claim to one, whose verdict and sources can then be copied
 * through the ordinary claim edits (versions, history and review rules apply as if typed).
 */
export function SimilarClaims({ claim, workspaceSlug, canEdit, run }: Props) {
  const [view, setView] = useState<SimilarClaimsView | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const claimId = claim.id;
  const wording = claim.normalizedText;

  const load = useCallback(
    async (signal: { cancelled: boolean }) => {
      const result = (await findSimilarClaimsAction({ workspaceSlug, claimId, wording })) as ActionResult<SimilarClaimsView>;
      if (!signal.cancelled && result.ok) setView(result.data);
    },
    [workspaceSlug, claimId, wording],
  );
  useEffect(() => {
    const signal = { cancelled: false };
    const timer = setTimeout(() => void load(signal), TYPING_PAUSE_MS);
    return () => {
      signal.cancelled = true;
      clearTimeout(timer);
    };
  }, [load]);

  async function step(label: string, work: () => Promise<ActionResult<unknown>>) {
    setBusy(label);
    setError(null);
    const result = await work();
    setBusy(null);
    if (!result.ok) setError(result.error);
    else await load({ cancelled: false });
  }
  const link = (relatedClaimId: string | null) =>
    step(relatedClaimId ? `link:${relatedClaimId}` : "unlink", () =>
      run((latest) => linkClaimAction({ workspaceSlug, claimId: latest.id, version: latest.version, relatedClaimId }) as Promise<ActionResult<ClaimDTO>>),
    );
  const copyVerdict = (earlier: SimilarClaimDTO) =>
    step("verdict", () =>
      run((latest) => updateClaimAction({ workspaceSlug, claimId: latest.id, version: latest.version, patch: { ratingLabelId: earlier.verdict!.id } }) as Promise<ActionResult<ClaimDTO>>),
    );
  const copySources = (earlier: SimilarClaimDTO) => step("sources", () => copySourcesFrom(workspaceSlug, earlier.id, claim, run));

  if (!view || (!view.linked && view.similar.length === 0)) return null;
  const headingId = `similar-${claimId}`;
  return (
    <PanelSection id={headingId} title={view.linked ? "Linked earlier check" : "Similar earlier claims"}>
      {view.linked ? (
        <div className="rounded-lg border border-accent/40 bg-accent/5 p-3" data-testid="linked-claim">
          <SimilarClaimItem item={view.linked}>
            {canEdit ? (
              <>
                <Button size="sm" variant="secondary" disabled={!!busy || !view.linked.verdict || view.linked.verdict.id === claim.ratingLabelId} onClick={() => copyVerdict(view.linked!)}>
                  {view.linked.verdict && view.linked.verdict.id === claim.ratingLabelId ? "Same verdict" : "Copy verdict"}
                </Button>
                <Button size="sm" variant="secondary" disabled={!!busy || view.linked.sourceCount === 0} onClick={() => copySources(view.linked!)}>
                  Copy sources{view.linked.sourceCount ? ` (${view.linked.sourceCount})` : ""}
                </Button>
                <Button size="sm" variant="ghost" disabled={!!busy} onClick={() => link(null)}>
                  Unlink
                </Button>
              </>
            ) : null}
          </SimilarClaimItem>
        </div>
      ) : null}
      {view.similar.length ? (
        <ul className="space-y-3" aria-label="Earlier claims that say nearly the same">
          {view.similar.map((item) => (
            <li key={item.id} className="rounded-lg border border-line p-3">
              <SimilarClaimItem item={item}>
                {canEdit ? (
                  <Button size="sm" variant="secondary" disabled={!!busy} onClick={() => link(item.id)} aria-label={`Link to the earlier check in ${item.articleTitle}`}>
                    {busy === `link:${item.id}` ? "Linking…" : "Link to this check"}
                  </Button>
                ) : null}
              </SimilarClaimItem>
            </li>
          ))}
        </ul>
      ) : null}
      {busy === "sources" ? <p className="text-xs text-muted" role="status">Copying sources…</p> : null}
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </PanelSection>
  );
}

// Each source is added through the claim's ordinary "add source" edit; one already cited (same
// address) is not added twice.
async function copySourcesFrom(workspaceSlug: string, earlierId: string, claim: ClaimDTO, run: ClaimRun): Promise<ActionResult<unknown>> {
  const earlier = (await getClaimAction({ workspaceSlug, claimId: earlierId })) as ActionResult<ClaimDTO>;
  if (!earlier.ok) return earlier;
  const cited = new Set(claim.sources.map((source) => source.url));
  for (const source of earlier.data.sources) {
    if (cited.has(source.url)) continue;
    const { url, title, publisher, publishedAt, excerpt, stance } = source;
    const added = await run((latest) =>
      addSourceAction({
        workspaceSlug,
        claimId: latest.id,
        version: latest.version,
        source: { url, title, stance, publisher: publisher ?? undefined, publishedAt: publishedAt ?? undefined, excerpt: excerpt ?? undefined },
      }) as Promise<ActionResult<ClaimDTO>>,
    );
    if (!added.ok) return added;
  }
  return { ok: true, data: undefined };
}
