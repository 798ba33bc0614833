import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MyQueue } from "@/components/queue/my-queue";
import { requireUser } from "@/lib/auth/current-user";
import { getMyQueue } from "@/lib/review/queries";
import { AppError } from "@/lib/server/app-error";

type Params = Promise<{ workspace: string }>;

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage({ params }: { params: Params }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}/queue`);
  const queue = await getMyQueue(user.id, slug).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const waiting = queue.toReview.length + queue.returned.length;
  return (
    <main className="mx-auto max-w-4xl space-y-6 py-2">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">My queue</h1>
        <p className="text-sm text-muted">
          {waiting === 0 ? "Nothing waits for you" : `${waiting} claim${waiting === 1 ? "" : "s"} wait${waiting === 1 ? "s" : ""} for you`} in {queue.workspace.name}
        </p>
      </div>
      <MyQueue queue={queue} />
    </main>
  );
}
