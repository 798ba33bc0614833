import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorizeBackup } from "@/lib/backup/authorize-backup";
import { createBackupStream } from "@/lib/backup/write-backup";
import { db } from "@/lib/db";
import { routeErrorResponse } from "@/lib/server/route-error";
import { withRetryableErrors } from "@/lib/server/unavailable";

type Params = Promise<{ workspace: string }>;

/** GET: the whole workspace as gzip'd NDJSON, streamed as it is read (owners only). */
async function downloadBackup(_request: Request, { params }: { params: Params }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
  const { workspace: slug } = await params;
  try {
    const workspace = await authorizeBackup(user.id, slug);
    const filename = `${workspace.slug}-backup-${new Date().toISOString().slice(0, 10)}.ndjson.gz`;
    return new Response(createBackupStream(db, workspace.id), {
      headers: {
        "Content-Type": "application/gzip",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return routeErrorResponse(error, "backup");
  }
}

export const GET = withRetryableErrors(downloadBackup);
