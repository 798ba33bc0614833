import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorizeImport } from "@/lib/import/authorize-import";
import { importFile } from "@/lib/import/import-file";
import { FILE_MAX_BYTES } from "@/lib/import/read-import-file";
import { readCappedBody } from "@/lib/import/read-capped-body";
import { routeErrorResponse } from "@/lib/server/route-error";
import { withRetryableErrors } from "@/lib/server/unavailable";

type Params = Promise<{ workspace: string }>;

// Room for the multipart boundaries and headers around the file itself.
const BODY_MAX_BYTES = FILE_MAX_BYTES + 64 * 1024;

/** Previews an uploaded article file (multipart field "file"); stores nothing. */
async function previewImportFile(request: Request, { params }: { params: Params }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
  const { workspace } = await params;
  try {
    await authorizeImport(user.id, workspace);
    const body = await readCappedBody(request, BODY_MAX_BYTES);
    const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } })
      .formData()
      .catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) return NextResponse.json({ error: "Choose a file to import." }, { status: 422 });
    return NextResponse.json(await importFile(file.name, Buffer.from(await file.arrayBuffer())));
  } catch (error) {
    return routeErrorResponse(error, "import/file");
  }
}

export const POST = withRetryableErrors(previewImportFile);
