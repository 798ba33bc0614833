import type { Metadata } from "next";
import { SettingsPageHeader } from "@/components/settings/settings-page-header";
import { notFound } from "next/navigation";
import { WorkspaceSettingsForm } from "@/components/workspaces/workspace-settings-form";
import { requireUser } from "@/lib/auth/current-user";
import { getWorkspaceSettings } from "@/lib/workspaces/queries";

export const metadata: Metadata = { title: "Workspace settings" };

type Params = Promise<{ workspace: string }>;

export default async function WorkspaceSettingsPage({ params }: { params: Params }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}/settings`);
  const settings = await getWorkspaceSettings(user.id, slug);
  if (!settings) notFound();
  const { workspace, approvalsRequired, canManage } = settings;
  return (
    <main className="mx-auto max-w-4xl space-y-6">
      <SettingsPageHeader workspace={workspace} crumb="Settings" title="Workspace settings">
        The workspace&apos;s name and how many approvals a verdict needs before it counts.
      </SettingsPageHeader>
      {canManage ? (
        <WorkspaceSettingsForm workspaceSlug={workspace.slug} name={workspace.name} approvalsRequired={approvalsRequired} />
      ) : (
        <>
          <p className="rounded-md border border-line bg-surface p-4 text-sm">
            Only workspace owners can change these settings. Your role here is {workspace.role}.
          </p>
          <dl className="divide-y divide-line rounded-xl border border-line bg-surface text-sm">
            <div className="flex gap-4 px-6 py-4">
              <dt className="w-48 text-muted">Workspace name</dt>
              <dd className="font-medium">{workspace.name}</dd>
            </div>
            <div className="flex gap-4 px-6 py-4">
              <dt className="w-48 text-muted">Approvals required</dt>
              <dd className="font-medium">{approvalsRequired}</dd>
            </div>
          </dl>
        </>
      )}
    </main>
  );
}
