"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import type { AcceptedInvitation } from "@/lib/invitations/accept-invitation";

/** Joins the workspace, then opens it; an existing member is told their role was kept. */
export function AcceptInvitationButton({ token, workspaceName, role }: { token: string; workspaceName: string; role: string }) {
  const [error, setError] = useState<string | null>(null);
  const [kept, setKept] = useState<AcceptedInvitation | null>(null);
  const [pending, setPending] = useState(false);

  async function accept() {
    setPending(true);
    setError(null);
    const result = await acceptInvitationAction({ token });
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      return;
    }
    if (result.data.alreadyMember) {
      setKept(result.data);
      return;
    }
    // A full navigation, so the switcher loads with the new workspace in it.
    window.location.assign(`/w/${result.data.workspaceSlug}`);
  }

  if (kept) {
    return (
      <div className="space-y-4">
        <Alert tone="info">
          You were already a member of {kept.workspaceName} as {kept.role}; your membership and role are unchanged.
        </Alert>
        <Button asChild className="w-full">
          <Link href={`/w/${kept.workspaceSlug}`}>Open {kept.workspaceName}</Link>
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <Button className="w-full" onClick={accept} disabled={pending}>
        {pending ? "Joining…" : `Join ${workspaceName} as ${role}`}
      </Button>
    </div>
  );
}
