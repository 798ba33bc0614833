"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { CreatedInvitation } from "@/lib/invitations/create-invitation";

/** The new invitation's link, shown this once, with a copy button. */
export function InvitationLink({ invitation }: { invitation: Omit<CreatedInvitation, "invitationId"> }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(invitation.url);
    setCopied(true);
  }

  return (
    <div role="status" className="space-y-2 rounded-md border border-line bg-subtle p-3 text-sm">
      <p>
        Invitation for <strong>{invitation.email}</strong> as <span className="capitalize">{invitation.role}</span> created.{" "}
        {invitation.emailed ? "We emailed the link; you can also send it yourself." : "Send them this link; it is shown only now."}
      </p>
      <div className="flex gap-2">
        <Input readOnly value={invitation.url} aria-label="Invitation link" onFocus={(event) => event.currentTarget.select()} className="font-mono text-xs" />
        <Button type="button" variant="secondary" onClick={copy} className="shrink-0 whitespace-nowrap">
          {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
      <p className="text-xs text-muted">It works once, only for that address, and expires in 14 days.</p>
    </div>
  );
}
