import { FilePlus2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleTable } from "@/components/articles/article-table";
import { EmptyArticles } from "@/components/articles/empty-articles";
import { Button } from "@/components/ui/button";
import { listWorkspaceArticles } from "@/lib/articles/queries";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace } from "@/lib/workspaces/queries";

type Params = Promise<{ workspace: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const user = await requireUser();
  const workspace = await findMemberWorkspace(user.id, (await params).workspace);
  return { title: workspace ? `Articles · ${workspace.name}` : "Not found" };
}

export default async function WorkspaceHomePage({ params }: { params: Params }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}`);
  const result = await listWorkspaceArticles(user.id, slug);
  if (!result) notFound();
  const { workspace, articles } = result;
  const canCreate = can(workspace.role, "article:create");
  return (
    <main className="mx-auto max-w-6xl space-y-6 py-2">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
          <p className="text-sm text-muted">
            {articles.length === 0 ? "No articles yet" : `${articles.length} article${articles.length === 1 ? "" : "s"}`} in{" "}
            {workspace.name}
          </p>
        </div>
        {canCreate ? (
          <Button asChild>
            <Link href={`/w/${workspace.slug}/articles/new`}>
              <FilePlus2 className="size-4" aria-hidden /> New article
            </Link>
          </Button>
        ) : null}
      </div>
      {articles.length === 0 ? (
        <EmptyArticles workspaceSlug={workspace.slug} canCreate={canCreate} />
      ) : (
        <ArticleTable workspaceSlug={workspace.slug} articles={articles} />
      )}
    </main>
  );
}
