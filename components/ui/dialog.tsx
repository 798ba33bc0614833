"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import type { ReactNode } from "react";

export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

/** A centred modal with a title, an optional description and a close button. */
export function DialogContent({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
      <RadixDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(92vw,32rem)] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-xl border border-line bg-surface p-6 shadow-xl">
        <div className="space-y-1 pr-8">
          <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
          {description ? <RadixDialog.Description className="text-sm text-muted">{description}</RadixDialog.Description> : null}
        </div>
        {children}
        <RadixDialog.Close className="absolute top-4 right-4 rounded-md p-1 text-muted hover:bg-subtle" aria-label="Close">
          <X className="size-4" aria-hidden />
        </RadixDialog.Close>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}
