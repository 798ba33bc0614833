import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace } from "@/lib/workspaces/queries";

export const metadata: Metadata = { title: "New article" };

type Params = Promise<{ workspace: string }>;

export default async function NewArticlePage({ params }: { params: Params }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}/articles/new`);
  const workspace = await findMemberWorkspace(user.id, slug);
  if (!workspace) notFound();
  return (
    <main className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={`/w/${workspace.slug}`} className="hover:text-ink hover:underline">
          Articles
        </Link>
        <span aria-hidden> / </span>
        <span className="text-ink">New article</span>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New article</h1>
        <p className="text-sm text-muted">Paste, upload or fetch the article you want to check, then check its details.</p>
      </div>
      {can(workspace.role, "article:create") ? (
        <NewArticleForm workspaceSlug={workspace.slug} />
      ) : (
        <p className="rounded-md border border-line bg-surface p-4 text-sm">
          Your role in this workspace ({workspace.role}) does not allow adding articles. Ask an owner or editor.
        </p>
      )}
    </main>
  );
}
