import type { Metadata } from "next";
import { SettingsPageHeader } from "@/components/settings/settings-page-header";
import { notFound } from "next/navigation";
import { InviteForm } from "@/components/invitations/invite-form";
import { PendingInvitations } from "@/components/invitations/pending-invitations";
import { LeaveWorkspaceButton } from "@/components/members/leave-workspace-button";
import { MembersTable } from "@/components/members/members-table";
import { requireUser } from "@/lib/auth/current-user";
import { listPendingInvitations } from "@/lib/invitations/queries";
import { listMembers } from "@/lib/members/queries";

export const metadata: Metadata = { title: "Members" };

type Params = Promise<{ workspace: string }>;

export default async function MembersPage({ params }: { params: Params }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}/settings/members`);
  const [view, invitations] = await Promise.all([listMembers(user.id, slug), listPendingInvitations(user.id, slug)]);
  if (!view) notFound();
  const { workspace, members, canManage, personal } = view;
  return (
    <main className="mx-auto max-w-4xl space-y-8">
      <div className="space-y-6">
        <SettingsPageHeader workspace={workspace} title="Members">
          Owners manage members and settings; editors import and edit articles; reviewers annotate and review; viewers read and export.
        </SettingsPageHeader>
      </div>

      {canManage && !personal ? (
        <section aria-labelledby="invite-heading" className="space-y-3 rounded-xl border border-line bg-surface p-6">
          <h2 id="invite-heading" className="text-lg font-semibold">
            Invite a teammate
          </h2>
          <InviteForm workspaceSlug={workspace.slug} />
        </section>
      ) : null}
      {personal ? (
        <p className="rounded-md border border-line bg-surface p-4 text-sm">
          This is your personal workspace. To work with teammates, create a team workspace from the workspace menu and invite them there.
        </p>
      ) : null}
      {!canManage ? (
        <p className="rounded-md border border-line bg-surface p-4 text-sm">
          Only workspace owners can invite, change roles or remove members. Your role here is {workspace.role}.
        </p>
      ) : null}

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-lg font-semibold">
          {members.length} member{members.length === 1 ? "" : "s"}
        </h2>
        <MembersTable
          workspaceSlug={workspace.slug}
          workspaceName={workspace.name}
          members={members}
          currentUserId={view.currentUserId}
          canManage={canManage}
        />
      </section>

      {invitations ? (
        <section aria-labelledby="invitations-heading" className="space-y-3">
          <h2 id="invitations-heading" className="text-lg font-semibold">
            Pending invitations
          </h2>
          <PendingInvitations workspaceSlug={workspace.slug} invitations={invitations} />
        </section>
      ) : null}

      {personal ? null : (
        <section aria-labelledby="leave-heading" className="space-y-3 border-t border-line pt-6">
          <h2 id="leave-heading" className="text-lg font-semibold">
            Leave this workspace
          </h2>
          <p className="text-sm text-muted">You can leave any workspace, unless you are its last owner.</p>
          <LeaveWorkspaceButton workspaceSlug={workspace.slug} workspaceName={workspace.name} />
        </section>
      )}
    </main>
  );
}
