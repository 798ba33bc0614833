import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnotationToaster, AnnotationWorkspace } from "@/components/annotate/annotation-workspace";
import { requireUser } from "@/lib/auth/current-user";
import { getArticleAnnotationView } from "@/lib/claims/queries";
import { listAnnotators } from "@/lib/review/queries";

type Params = Promise<{ workspace: string; articleId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { workspace, articleId } = await params;
  const user = await requireUser();
  const view = await getArticleAnnotationView(user.id, workspace, articleId);
  return { title: view ? view.article.title : "Not found" };
}

export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { workspace, articleId } = await params;
  const { claim } = await searchParams;
  const user = await requireUser(`/w/${workspace}/articles/${articleId}`);
  const view = await getArticleAnnotationView(user.id, workspace, articleId);
  if (!view) notFound();
  const annotators = await listAnnotators(user.id, workspace);
  return (
    <>
      <AnnotationWorkspace
        key={`${view.article.id}:${view.article.version}`}
        view={view}
        initialClaimId={typeof claim === "string" ? claim : undefined}
        currentUserId={user.id}
        annotators={annotators}
      />
      <AnnotationToaster />
    </>
  );
}
