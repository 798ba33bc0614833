import type { Metadata } from "next";
import { SettingsPageHeader } from "@/components/settings/settings-page-header";
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
      <SettingsPageHeader workspace={workspace} title="Rating scale">
        The verdicts claims in this workspace can receive, and the colour each is highlighted in.
      </SettingsPageHeader>
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
