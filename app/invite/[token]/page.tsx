import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationButton } from "@/components/invitations/accept-invitation-button";
import { InvitationCard } from "@/components/invitations/invitation-card";
import { SwitchAccountButton } from "@/components/invitations/switch-account-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { findInvitationByToken } from "@/lib/invitations/queries";
import { findMemberWorkspace } from "@/lib/workspaces/queries";

// The token is in the URL: keep it out of Referer headers sent to other sites.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

const CLOSED = {
  expired: ["This invitation has expired", "Invitation links work for 14 days. Ask the workspace owner to invite you again."],
  revoked: ["This invitation was revoked", "The workspace owner withdrew it. Ask them for a new one if you still need access."],
  accepted: ["This invitation has already been used", "Each link works once. Ask the workspace owner for a new one if you need it."],
} as const;

type Params = Promise<{ token: string }>;

export default async function InvitationPage({ params }: { params: Params }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([findInvitationByToken(token), getCurrentUser()]);
  const here = `/invite/${token}`;

  if (!invitation) {
    return (
      <InvitationCard title="This invitation link is not valid">
        <p className="text-sm text-muted">Check that you copied the whole link, or ask the workspace owner to send it again.</p>
        <HomeLink signedIn={Boolean(user)} />
      </InvitationCard>
    );
  }

  if (invitation.status !== "pending") {
    const [title, body] = CLOSED[invitation.status];
    const member = user ? await findMemberWorkspace(user.id, invitation.workspaceSlug) : null;
    return (
      <InvitationCard title={title}>
        <p className="text-sm text-muted">{body}</p>
        {member ? (
          <Button asChild className="w-full">
            <Link href={`/w/${member.slug}`}>Open {member.name}</Link>
          </Button>
        ) : (
          <HomeLink signedIn={Boolean(user)} />
        )}
      </InvitationCard>
    );
  }

  const summary = (
    <p className="text-sm [overflow-wrap:anywhere]">
      <strong>{invitation.inviterName}</strong> invited <strong>{invitation.email}</strong> to join{" "}
      <strong>{invitation.workspaceName}</strong> on Factdesk as <strong className="capitalize">{invitation.role}</strong>.
      <span className="mt-1 block text-xs text-muted">The invitation expires on {formatDate(invitation.expiresAt)}.</span>
    </p>
  );

  if (!user) {
    const callback = encodeURIComponent(here);
    return (
      <InvitationCard title={`Join ${invitation.workspaceName}`}>
        {summary}
        <div className="space-y-2">
          <Button asChild className="w-full">
            <Link href={`/sign-up?callbackUrl=${callback}`}>Create an account</Link>
          </Button>
          <Button asChild variant="secondary" className="w-full">
            <Link href={`/sign-in?callbackUrl=${callback}`}>Sign in</Link>
          </Button>
        </div>
        <p className="text-xs text-muted">Use {invitation.email}: the invitation works only for that address.</p>
      </InvitationCard>
    );
  }

  if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <InvitationCard title={`Join ${invitation.workspaceName}`}>
        {summary}
        <Alert>
          This invitation is for {invitation.email}, but you are signed in as {user.email}. Sign in with the invited address to accept it.
        </Alert>
        <SwitchAccountButton returnTo={here} />
      </InvitationCard>
    );
  }

  return (
    <InvitationCard title={`Join ${invitation.workspaceName}`}>
      {summary}
      <AcceptInvitationButton token={token} workspaceName={invitation.workspaceName} role={invitation.role} />
    </InvitationCard>
  );
}

function HomeLink({ signedIn }: { signedIn: boolean }) {
  return (
    <Link href={signedIn ? "/" : "/sign-in"} className="block text-center text-sm font-medium text-accent underline-offset-4 hover:underline">
      {signedIn ? "Go to your workspace" : "Sign in to Factdesk"}
    </Link>
  );
}
