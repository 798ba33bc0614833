"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ClaimDTO } from "@/lib/claims/types";
import type { ClaimActions, SourceInput } from "./claim-actions";
import { ClaimSaveQueue, type SaveResult } from "./claim-save-queue";
import { moveSource } from "./move-source";
import { applyPendingPatch } from "./pending-patch";

const TYPING_PAUSE_MS = 600;

interface Options {
  /** The open claim's details; null while they load (the panel shows the summary meanwhile). */
  claim: ClaimDTO | null;
  workspaceSlug: string;
  actions: ClaimActions;
  onClaimChange(claim: ClaimDTO): void;
}

/**
 * Every change to a claim (field edits and source changes) through one ClaimSaveQueue per claim,
 * plus the browser's "leave page?" warning while anything is unsaved. The panel stays mounted while
 * claims are switched; each claim keeps its own queue, so edits made to one can never be sent for
 * another. A claim left with edits waiting has them sent at once, and its queue keeps working
 * (retries included) until they are saved; coming back to it shows its save state.
 */
export function useClaimSaveQueue({ claim, workspaceSlug, actions, onClaimChange }: Options) {
  // The queues read the newest props through this ref.
  const props = useRef({ workspaceSlug, actions, onClaimChange });
  useEffect(() => {
    props.current = { workspaceSlug, actions, onClaimChange };
  });

  const [queues] = useState(() => new ClaimQueues(props));
  const queue = claim ? queues.get(claim) : null;

  useEffect(() => () => queues.stopAll(), [queues]);
  useEffect(() => {
    if (!queue) return;
    queues.open(queue);
    return () => queues.leave(queue);
  }, [queues, queue]);
  useEffect(() => {
    if (queue && claim) queue.receive(claim);
  }, [queue, claim]);

  const state = useSyncExternalStore(queue?.subscribe ?? noSubscription, queue?.getState ?? noState, queue?.getState ?? noState);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!queues.hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [queues]);

  if (!queue || !state) return { queues, open: null };
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

  return { queues, open: { queue, state, claim: applyPendingPatch(state.claim, state.pending), sources } };
}

const noSubscription = () => () => {};
const noState = () => null;

type QueueProps = { current: Pick<Options, "workspaceSlug" | "actions" | "onClaimChange"> };

/** The panel's queues by claim id: the open claim's, and those of claims left with unsaved edits. */
class ClaimQueues {
  private byId = new Map<string, ClaimSaveQueue>();
  private openId: string | null = null;

  constructor(private props: QueueProps) {}

  /** The claim's queue, made on first use (rendering may call this twice; it makes one). */
  get(claim: ClaimDTO) {
    let queue = this.byId.get(claim.id);
    if (!queue) {
      queue = createQueue(claim, this.props);
      this.byId.set(claim.id, queue);
    }
    return queue;
  }

  open(queue: ClaimSaveQueue) {
    this.openId = queue.claimId;
    queue.start();
  }

  /** Another claim was opened: send this one's waiting edits now; let it go once all are saved. */
  leave(queue: ClaimSaveQueue) {
    if (this.openId === queue.claimId) this.openId = null;
    void queue.flushAndSettle().then(() => this.dropWhenSaved(queue));
  }

  hasUnsaved() {
    return [...this.byId.values()].some((queue) => queue.hasUnsaved());
  }

  /** Sends every claim's waiting edits; true once all are saved, false if one needs the user. */
  async flushAll() {
    const settled = await Promise.all([...this.byId.values()].map((queue) => queue.flushAndSettle()));
    return settled.every(Boolean);
  }

  /** The panel closed: every queue sends what is waiting once more, then stops. */
  stopAll() {
    this.byId.forEach((queue) => queue.stop());
  }

  private dropWhenSaved(queue: ClaimSaveQueue) {
    // Still open (the user came back), or still holding edits (failing, conflict): keep it.
    if (this.openId === queue.claimId) return;
    if (queue.hasUnsaved()) {
      const unsubscribe = queue.subscribe(() => {
        if (queue.hasUnsaved()) return;
        unsubscribe();
        this.dropWhenSaved(queue);
      });
      return;
    }
    queue.stop();
    if (this.byId.get(queue.claimId) === queue) this.byId.delete(queue.claimId);
  }
}

function createQueue(claim: ClaimDTO, props: QueueProps) {
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
