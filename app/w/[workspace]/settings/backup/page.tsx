import type { Metadata } from "next";
import { SettingsPageHeader } from "@/components/settings/settings-page-header";
import { notFound } from "next/navigation";
import { BackupDownload } from "@/components/backup/backup-download";
import { BackupRestore } from "@/components/backup/backup-restore";
import { requireUser } from "@/lib/auth/current-user";
import { getBackupView } from "@/lib/backup/queries";

export const metadata: Metadata = { title: "Backup and restore" };

type Params = Promise<{ workspace: string }>;

export default async function BackupPage({ params }: { params: Params }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}/settings/backup`);
  const view = await getBackupView(user.id, slug);
  if (!view) notFound();
  const { workspace, canManage, empty } = view;
  return (
    <main className="mx-auto max-w-4xl space-y-6">
      <SettingsPageHeader workspace={workspace} title="Backup and restore">
        One file with the whole workspace: rating scale, members, articles, claims, sources, reviews, comments and history. No passwords.
      </SettingsPageHeader>
      {canManage ? (
        <>
          <section aria-labelledby="backup-title" className="space-y-3 rounded-lg border border-line bg-surface p-5">
            <h2 id="backup-title" className="font-semibold">
              Download a backup
            </h2>
            <BackupDownload workspaceSlug={workspace.slug} />
          </section>
          <section aria-labelledby="restore-title" className="space-y-3 rounded-lg border border-line bg-surface p-5">
            <h2 id="restore-title" className="font-semibold">
              Restore a backup
            </h2>
            <p className="text-sm text-muted">
              Everything is recreated here with the same content, dates and history. People are matched by e-mail; anyone new to this Factdesk is added
              as a user without a password, so they cannot sign in with one until it is set. Only an empty workspace can be restored into.
            </p>
            <BackupRestore workspaceSlug={workspace.slug} empty={empty} />
          </section>
        </>
      ) : (
        <p className="rounded-md border border-line bg-surface p-4 text-sm">
          Only workspace owners can back up or restore a workspace. Your role here is {workspace.role}. Any member can export single articles from the
          article page.
        </p>
      )}
    </main>
  );
}
