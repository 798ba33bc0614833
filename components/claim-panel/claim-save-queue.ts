import type { ClaimDTO } from "@/lib/claims/types";
import type { ActionResult } from "@/lib/server/action-result";
import type { ClaimPatch, ClaimPatchField } from "./claim-actions";
import { pickFieldErrors } from "./field-errors";
import { nextRetryDelay } from "./next-retry-delay";
import { mergePendingPatch, omitPatchFields, patchFields, settlePendingPatch } from "./pending-patch";

export type SaveResult = ActionResult<ClaimDTO>;
/** A source change; it is handed the latest claim so it sends the current version and order. */
export type ClaimOperation = (latest: ClaimDTO) => Promise<SaveResult>;

export interface SaveQueueConfig {
  sendPatch(latest: ClaimDTO, patch: ClaimPatch): Promise<SaveResult>;
  onSaved(claim: ClaimDTO): void;
  debounceMs: number;
}

export interface SaveQueueState {
  /** The newest copy of the claim the server has confirmed. */
  claim: ClaimDTO;
  /** Edits not yet confirmed by the server. */
  pending: ClaimPatch;
  saving: boolean;
  /** When the next automatic retry happens (epoch ms), while failing. */
  retryAt: number | null;
  error: string | null;
  conflict: boolean;
  /** Waiting for the page to pass a newer claim after a conflict before sending anything. */
  awaitingLatest: boolean;
  /** Fields the server refused; they are not sent again until the user edits them. */
  fieldErrors: Partial<Record<ClaimPatchField, string[]>>;
  queuedOperations: number;
}

const UNREACHABLE = "Couldn't reach the server.";

/**
 * The one serial queue for every change to a claim. Requests go out one at a time, each with the
 * latest version the server returned, so the panel never races itself into a conflict. Field edits
 * merge while they wait; failures are retried with backoff and nothing is dropped until the server
 * confirms it, refuses it as invalid, or the user resolves a conflict.
 */
export class ClaimSaveQueue {
  private state: SaveQueueState;
  private listeners = new Set<() => void>();
  private operations: { run: ClaimOperation; resolve: (result: SaveResult) => void }[] = [];
  private refused = new Set<ClaimPatchField>();
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private running = false;
  private stopped = false;
  private conflictVersion = 0;

  constructor(
    claim: ClaimDTO,
    public config: SaveQueueConfig,
  ) {
    this.state = {
      claim,
      pending: {},
      saving: false,
      retryAt: null,
      error: null,
      conflict: false,
      awaitingLatest: false,
      fieldErrors: {},
      queuedOperations: 0,
    };
  }

  get claimId() {
    return this.state.claim.id;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = () => this.state;

  /**
   * Records an edit; typing waits for a pause (`debounce`), choices go out at once. A keystroke in
   * a field that is already unsaved and not in error changes nothing the panel shows (the field
   * holds its own text), so listeners are not told: the panel does not re-render on every key.
   */
  edit(patch: ClaimPatch, { debounce = false } = {}) {
    const fields = patchFields(patch);
    const { pending, fieldErrors: errors } = this.state;
    const quiet = debounce && fields.every((field) => pending[field] !== undefined && !errors[field] && !this.refused.has(field));
    fields.forEach((field) => this.refused.delete(field));
    const fieldErrors = quiet ? errors : { ...errors };
    fields.forEach((field) => delete fieldErrors[field]);
    this.set({ pending: mergePendingPatch(pending, patch), fieldErrors }, { notify: !quiet });
    this.clearDebounce();
    if (debounce && !this.stopped) {
      this.debounceTimer = setTimeout(() => {
        this.debounceTimer = null;
        void this.pump();
      }, this.config.debounceMs);
      return;
    }
    void this.pump();
  }

  /** Queues a source change behind everything before it; resolves with the server's final answer. */
  run(operation: ClaimOperation): Promise<SaveResult> {
    return new Promise((resolve) => {
      this.operations.push({ run: operation, resolve });
      this.set({ queuedOperations: this.operations.length });
      void this.pump();
    });
  }

  /** Sends waiting edits now instead of after the typing pause. */
  flush() {
    this.clearDebounce();
    void this.pump();
  }

  retryNow() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.set({ retryAt: null });
    void this.pump();
  }

  /** A claim from outside (after a refetch); older or same versions are echoes and ignored. */
  receive(claim: ClaimDTO) {
    if (claim.id !== this.state.claim.id || claim.version <= this.state.claim.version) return;
    this.set({ claim, awaitingLatest: false });
    void this.pump();
  }

  /** Conflict, "show their version": forget my edits. True when a newer claim must be fetched. */
  showTheirs(): boolean {
    this.refused.clear();
    return this.resolveConflict({ pending: {}, fieldErrors: {} });
  }

  /** Conflict, "keep my changes": send my edits again on top of the newest claim. */
  keepMine(): boolean {
    return this.resolveConflict({});
  }

  /**
   * Sends waiting edits now; resolves true once everything is saved, false as soon as saving
   * needs the user (a failure being retried, a conflict, a refused field).
   */
  flushAndSettle(): Promise<boolean> {
    this.flush();
    return new Promise((resolve) => {
      const check = () => {
        const { conflict, awaitingLatest, retryAt } = this.state;
        const idle = !this.running && !this.debounceTimer && this.operations.length === 0;
        const verdict = !this.hasUnsaved() ? true : conflict || awaitingLatest || retryAt !== null || idle ? false : null;
        if (verdict === null) return;
        unsubscribe();
        resolve(verdict);
      };
      const unsubscribe = this.subscribe(check);
      check();
    });
  }

  hasUnsaved() {
    const { pending, saving, queuedOperations } = this.state;
    return saving || queuedOperations > 0 || patchFields(pending).length > 0;
  }

  start() {
    this.stopped = false;
    void this.pump();
  }

  /** The panel went away: send what is waiting once more, without waiting or retrying after. */
  stop() {
    this.stopped = true;
    this.clearDebounce();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    void this.pump();
  }

  /** The claim was deleted: nothing left to save. */
  discard() {
    this.clearDebounce();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.refused.clear();
    this.settleOperations({ ok: false, error: "The claim was deleted." });
    this.set({ pending: {}, retryAt: null, error: null, fieldErrors: {} });
  }

  private resolveConflict(change: Partial<SaveQueueState>): boolean {
    const mustFetch = this.state.claim.version <= this.conflictVersion;
    this.attempt = 0;
    this.set({ ...change, conflict: false, error: null, awaitingLatest: mustFetch });
    void this.pump();
    return mustFetch;
  }

  private async pump(): Promise<void> {
    const { conflict, awaitingLatest } = this.state;
    if (this.running || conflict || awaitingLatest || this.retryTimer) return;
    const operation = this.operations[0];
    const patch = !operation && !this.debounceTimer ? omitPatchFields(this.state.pending, this.refused) : null;
    if (!operation && (!patch || !patchFields(patch).length)) return;

    this.running = true;
    this.set({ saving: true });
    const latest = this.state.claim;
    let result: SaveResult;
    try {
      result = operation ? await operation.run(latest) : await this.config.sendPatch(latest, patch!);
    } catch {
      result = { ok: false, error: UNREACHABLE };
    }
    this.running = false;

    if (result.ok) {
      this.attempt = 0;
      if (operation) this.settleFirstOperation(result);
      const fresh = result.data.version >= this.state.claim.version;
      this.set({
        saving: false,
        error: null,
        claim: fresh ? result.data : this.state.claim,
        pending: patch ? settlePendingPatch(this.state.pending, patch) : this.state.pending,
      });
      if (fresh) this.config.onSaved(result.data);
    } else if (result.code === "CONFLICT") {
      this.conflictVersion = latest.version;
      // Queued source changes were made against the same stale claim; their forms get the answer.
      this.settleOperations(result);
      this.set({ saving: false, conflict: true, error: result.error });
      return;
    } else if (result.code === "INVALID_INPUT") {
      this.attempt = 0;
      if (operation) this.settleFirstOperation(result);
      else this.refuse(patch!, result);
      this.set({ saving: false });
    } else if (result.code === "FORBIDDEN" || result.code === "NOT_FOUND") {
      // Retrying cannot help (access removed, claim deleted); the edits stay on screen.
      this.settleOperations(result);
      this.set({ saving: false, error: result.error });
      return;
    } else if (this.stopped) {
      this.settleOperations(result);
      this.set({ saving: false, error: result.error });
      return;
    } else {
      this.attempt += 1;
      const delay = nextRetryDelay(this.attempt);
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        this.set({ retryAt: null });
        void this.pump();
      }, delay);
      this.set({ saving: false, error: result.error || UNREACHABLE, retryAt: Date.now() + delay });
      return;
    }
    void this.pump();
  }

  private refuse(patch: ClaimPatch, result: Extract<SaveResult, { ok: false }>) {
    const fields = patchFields(patch);
    const specific = pickFieldErrors(result.fieldErrors, fields);
    const blamed = Object.keys(specific) as ClaimPatchField[];
    // Without a field named, every field sent is held back: resending would only fail again.
    const refused = blamed.length ? blamed : fields;
    refused.forEach((field) => this.refused.add(field));
    const fieldErrors = { ...this.state.fieldErrors };
    for (const field of refused) fieldErrors[field] = specific[field] ?? [result.error];
    this.set({ fieldErrors });
  }

  private settleFirstOperation(result: SaveResult) {
    this.operations.shift()?.resolve(result);
    this.set({ queuedOperations: this.operations.length });
  }

  private settleOperations(result: SaveResult) {
    const operations = this.operations.splice(0);
    operations.forEach((operation) => operation.resolve(result));
    this.set({ queuedOperations: 0 });
  }

  private clearDebounce() {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
  }

  private set(change: Partial<SaveQueueState>, { notify = true } = {}) {
    this.state = { ...this.state, ...change };
    if (notify) this.listeners.forEach((listener) => listener());
  }
}
