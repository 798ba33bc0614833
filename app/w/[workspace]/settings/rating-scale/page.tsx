import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RatingScaleEditor } from "@/components/rating-scale/rating-scale-editor";
import { RatingScaleList } from "@/components/rating-scale/rating-scale-list";
import { requireUser } from "@/lib/auth/current-user";
import { getRatingScale } from "@/lib/rating-scale/queries";

export const metadata: Metadata = { title: "Rating scale" };

type Params = Promise<{ workspace: string }>;

export default async function RatingScalePage({ params }: { params: Params }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}/settings/rating-scale`);
  const scale = await getRatingScale(user.id, slug);
  if (!scale) notFound();
  const { workspace, labels, canManage } = scale;
  return (
    <main className="mx-auto max-w-4xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={`/w/${workspace.slug}`} className="hover:text-ink hover:underline">
          {workspace.name}
        </Link>
        <span aria-hidden> / </span>
        <span className="text-ink">Rating scale</span>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Rating scale</h1>
        <p className="text-sm text-muted">The verdicts claims in this workspace can receive, and the colour each is highlighted in.</p>
      </div>
      {canManage ? (
        <RatingScaleEditor workspaceSlug={workspace.slug} labels={labels} />
      ) : (
        <>
          <p className="rounded-md border border-line bg-surface p-4 text-sm">
            Only workspace owners can change the rating scale. Your role here is {workspace.role}.
          </p>
          <RatingScaleList labels={labels} />
        </>
      )}
    </main>
  );
}
