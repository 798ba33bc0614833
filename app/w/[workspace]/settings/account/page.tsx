import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SettingsPageHeader } from "@/components/settings/settings-page-header";
import { getAccountSummary } from "@/lib/auth/account";
import { requireUser } from "@/lib/auth/current-user";
import { getWorkspaceSettings } from "@/lib/workspaces/queries";

export const metadata: Metadata = { title: "Your account" };

type Params = Promise<{ workspace: string }>;

/** The signed-in user's own account, reached from any workspace's settings. */
export default async function AccountPage({ params }: { params: Params }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}/settings/account`);
  const [settings, account] = await Promise.all([getWorkspaceSettings(user.id, slug), getAccountSummary(user.id)]);
  if (!settings || !account) notFound();
  return (
    <main className="mx-auto max-w-4xl space-y-6">
      <SettingsPageHeader workspace={settings.workspace} crumb="Account" title="Your account">
        Your sign-in details. They apply in every workspace you belong to.
      </SettingsPageHeader>
      <dl className="divide-y divide-line rounded-xl border border-line bg-surface text-sm">
        <div className="flex gap-4 px-6 py-4">
          <dt className="w-48 text-muted">Name</dt>
          <dd className="font-medium">{account.name}</dd>
        </div>
        <div className="flex gap-4 px-6 py-4">
          <dt className="w-48 text-muted">Email</dt>
          <dd className="font-medium">{account.email}</dd>
        </div>
      </dl>
      {account.hasPassword ? (
        <ChangePasswordForm email={account.email} />
      ) : (
        <p className="rounded-md border border-line bg-surface p-4 text-sm">
          You sign in with GitHub or Google, so there is no Factdesk password to change.
        </p>
      )}
    </main>
  );
}
