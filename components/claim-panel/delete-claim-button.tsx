"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ClaimDTO } from "@/lib/claims/types";
import type { ClaimActions } from "./claim-actions";

/**
 * Delete with a confirmation, then an "Undo" toast. The toast outlives the panel (which closes on
 * delete), so the undo only uses the actions and callbacks captured here, never panel state.
 */
export function DeleteClaimButton(props: {
  workspaceSlug: string;
  claimId: string;
  actions: Pick<ClaimActions, "remove" | "restore">;
  onBeforeDelete(): void;
  onDeleted(claimId: string): void;
  onRestored(claim: ClaimDTO): void;
}) {
  const { workspaceSlug, claimId, actions, onBeforeDelete, onDeleted, onRestored } = props;
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    const result = await actions.remove({ workspaceSlug, claimId }).catch(() => ({ ok: false as const, error: "Couldn't reach the server." }));
    setPending(false);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    onBeforeDelete();
    onDeleted(claimId);
    toast("Claim deleted", {
      action: {
        label: "Undo",
        onClick: async () => {
          const restored = await actions.restore({ workspaceSlug, claimId }).catch(() => null);
          if (restored?.ok) onRestored(restored.data);
          else toast.error(`Couldn't restore the claim. ${restored?.error ?? "The server could not be reached."}`);
        },
      },
    });
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => (setOpen(next), setError(null))}>
      <AlertDialog.Trigger asChild>
        <Button size="sm" variant="ghost" className="size-8 px-0 text-muted hover:text-danger" aria-label="Delete claim" title="Delete claim">
          <Trash2 aria-hidden className="size-4" />
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(92vw,26rem)] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-xl border border-line bg-surface p-5 text-ink shadow-xl">
          <AlertDialog.Title className="text-base font-semibold">Delete this claim?</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted">
            Its verdict, rationale and sources go with it. You can undo right after.
          </AlertDialog.Description>
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that would close the dialog before the server answers. */}
            <Button variant="danger" onClick={confirm} disabled={pending}>
              {pending ? "Deleting…" : "Delete claim"}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
