import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorizeBackup } from "@/lib/backup/authorize-backup";
import { checkBackupUpload } from "@/lib/backup/backup-upload";
import { assertEmptyWorkspace, restoreBackup } from "@/lib/backup/restore-backup";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { withRetryableErrors } from "@/lib/server/unavailable";

type Params = Promise<{ workspace: string }>;

/**
 * POST a gzip'd backup as the raw body (owners, empty workspace only). Answers NDJSON as it
 * goes: {"processed": n} lines, then {"done": true, "counts": …} or {"error": "…"}.
 */
async function restoreWorkspace(request: Request, { params }: { params: Params }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
  const { workspace: slug } = await params;
  let workspaceId: string;
  let body: ReadableStream<Uint8Array>;
  try {
    workspaceId = (await authorizeBackup(user.id, slug)).id;
    await assertEmptyWorkspace(db, workspaceId);
    // 415 for a file that is not a gzip'd backup, 413 over the size limit, before any answer starts.
    body = await checkBackupUpload(request);
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
  const encoder = new TextEncoder();
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const send = (value: unknown) => writer.write(encoder.encode(`${JSON.stringify(value)}\n`)).catch(() => {});
  void (async () => {
    try {
      const counts = await restoreBackup(db, workspaceId, body, (processed) => void send({ processed }));
      await send({ done: true, counts });
    } catch (error) {
      if (!(error instanceof AppError)) console.error("[backup/restore] unexpected error", error);
      await send({ error: error instanceof AppError ? error.message : "Something went wrong on our side. Nothing was restored; please try again." });
    } finally {
      await writer.close().catch(() => {});
    }
  })();
  return new Response(readable, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}

export const POST = withRetryableErrors(restoreWorkspace);
