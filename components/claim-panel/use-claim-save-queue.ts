"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ClaimDTO } from "@/lib/claims/types";
import type { ClaimActions, SourceInput } from "./claim-actions";
import { ClaimSaveQueue, type SaveResult } from "./claim-save-queue";
import { moveSource } from "./move-source";
import { applyPendingPatch } from "./pending-patch";

const TYPING_PAUSE_MS = 600;

interface Options {
  claim: ClaimDTO;
  workspaceSlug: string;
  actions: ClaimActions;
  onClaimChange(claim: ClaimDTO): void;
}

/**
 * Every change to one claim (field edits and source changes) through one ClaimSaveQueue, plus the
 * browser's "leave page?" warning while anything is unsaved.
 */
export function useClaimSaveQueue({ claim, workspaceSlug, actions, onClaimChange }: Options) {
  // The queue lives as long as the panel; it reads the newest props through this ref.
  const props = useRef({ workspaceSlug, actions, onClaimChange });
  useEffect(() => {
    props.current = { workspaceSlug, actions, onClaimChange };
  });

  const [queue, setQueue] = useState(() => createQueue(claim, props));
  if (queue.claimId !== claim.id) setQueue(createQueue(claim, props));

  useEffect(() => {
    queue.start();
    return () => queue.stop();
  }, [queue]);
  useEffect(() => queue.receive(claim), [queue, claim]);

  const state = useSyncExternalStore(queue.subscribe, queue.getState, queue.getState);
  const unsaved = queue.hasUnsaved();
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const ref = (latest: ClaimDTO) => ({ workspaceSlug: props.current.workspaceSlug, claimId: latest.id, version: latest.version });
  const sources = {
    add: (source: SourceInput) => queue.run((latest) => props.current.actions.addSource({ ...ref(latest), source })),
    update: (sourceId: string, source: SourceInput) =>
      queue.run((latest) => props.current.actions.updateSource({ ...ref(latest), sourceId, source })),
    remove: (sourceId: string) => queue.run((latest) => props.current.actions.removeSource({ ...ref(latest), sourceId })),
    // The order is worked out when the request goes out, so quick repeated moves add up.
    move: (sourceId: string, offset: -1 | 1) =>
      queue.run((latest): Promise<SaveResult> => {
        const orderedIds = moveSource(latest.sources, sourceId, offset);
        if (!orderedIds) return Promise.resolve({ ok: true, data: latest });
        return props.current.actions.reorderSources({ ...ref(latest), orderedIds });
      }),
  };

  return { queue, state, unsaved, claim: applyPendingPatch(state.claim, state.pending), sources };
}

function createQueue(claim: ClaimDTO, props: { current: Pick<Options, "workspaceSlug" | "actions" | "onClaimChange"> }) {
  return new ClaimSaveQueue(claim, {
    debounceMs: TYPING_PAUSE_MS,
    sendPatch: (latest, patch) =>
      props.current.actions.update({
        workspaceSlug: props.current.workspaceSlug,
        claimId: latest.id,
        version: latest.version,
        patch,
      }),
    onSaved: (saved) => props.current.onClaimChange(saved),
  });
}
