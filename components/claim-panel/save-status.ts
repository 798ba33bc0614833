import type { SaveQueueState } from "./claim-save-queue";
import { patchFields } from "./pending-patch";

export type SaveStatusKind = "saved" | "saving" | "unsaved" | "retrying" | "conflict" | "refreshing";

/** The one save state the header shows; a conflict outranks a failure, a failure outranks work in progress. */
export function saveStatus(state: SaveQueueState): { kind: SaveStatusKind; label: string } {
  if (state.conflict) return { kind: "conflict", label: "Conflict" };
  if (state.awaitingLatest) return { kind: "refreshing", label: "Loading the latest version…" };
  if (state.retryAt !== null) return { kind: "retrying", label: "Save failed" };
  if (state.saving || state.queuedOperations > 0) return { kind: "saving", label: "Saving…" };
  if (patchFields(state.pending).length) return { kind: "unsaved", label: "Unsaved changes" };
  return { kind: "saved", label: "Saved" };
}
