import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { requireUser } from "@/lib/auth/current-user";
import { findMemberWorkspace, listUserWorkspaces } from "@/lib/workspaces/queries";

type Params = Promise<{ workspace: string }>;

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}`);
  const [workspace, workspaces] = await Promise.all([findMemberWorkspace(user.id, slug), listUserWorkspaces(user.id)]);
  if (!workspace) notFound();
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader user={user} workspace={workspace} workspaces={workspaces} />
      <div className="mx-auto w-full max-w-[1600px] flex-1 px-6 py-6">{children}</div>
    </div>
  );
}
