import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnnotationToaster, AnnotationWorkspace } from "@/components/annotate/annotation-workspace";
import { requireUser } from "@/lib/auth/current-user";
import { getArticleAnnotationView, getClaim } from "@/lib/claims/queries";
import { listAnnotators } from "@/lib/review/queries";
import { AppError } from "@/lib/server/app-error";

type Params = Promise<{ workspace: string; articleId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The title (generateMetadata) and the page read the same view: one query per request.
const loadView = cache(getArticleAnnotationView);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { workspace, articleId } = await params;
  const user = await requireUser();
  const view = await loadView(user.id, workspace, articleId);
  return { title: view ? view.article.title : "Not found" };
}

export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { workspace, articleId } = await params;
  const { claim } = await searchParams;
  const user = await requireUser(`/w/${workspace}/articles/${articleId}`);
  const view = await loadView(user.id, workspace, articleId);
  if (!view) notFound();
  const [annotators, initialClaim] = await Promise.all([
    listAnnotators(user.id, workspace),
    // A link to a claim opens it with its details already there.
    typeof claim === "string" && view.claims.some((listed) => listed.id === claim) ? findClaim(user.id, workspace, claim) : null,
  ]);
  return (
    <>
      <AnnotationWorkspace
        key={`${view.article.id}:${view.article.version}`}
        view={view}
        initialClaim={initialClaim}
        currentUserId={user.id}
        annotators={annotators}
      />
      <AnnotationToaster />
    </>
  );
}

async function findClaim(userId: string, workspaceSlug: string, claimId: string) {
  try {
    return await getClaim(userId, { workspaceSlug, claimId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
