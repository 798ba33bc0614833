import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, isExportFormat } from "@/lib/export/export-formats";
import { getArticleExport } from "@/lib/export/get-article-export";
import { fileSlug } from "@/lib/export/report-text";
import { routeErrorResponse } from "@/lib/server/route-error";
import { withRetryableErrors } from "@/lib/server/unavailable";

type Params = Promise<{ workspace: string; articleId: string }>;

/** GET ?format=html|pdf|md|json|csv|claimreview|w3c[&approved=1][&view=1]: the article's report. */
async function exportArticle(request: Request, { params }: { params: Params }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
  const { workspace, articleId } = await params;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "html";
  if (!isExportFormat(format)) {
    return NextResponse.json({ error: `Unknown export format "${format.slice(0, 40)}". Use one of: ${EXPORT_FORMAT_NAMES.join(", ")}.` }, { status: 400 });
  }
  try {
    const model = await getArticleExport(user.id, workspace, articleId, {
      approvedOnly: url.searchParams.get("approved") === "1",
      baseUrl: env().NEXTAUTH_URL ?? url.origin,
    });
    const spec = EXPORT_FORMATS[format];
    const body = await spec.render(model);
    const filename = `${fileSlug(model.article.title)}.${spec.extension}`;
    const inline = format === "html" && url.searchParams.get("view") === "1";
    return new Response(typeof body === "string" ? body : new Uint8Array(body), {
      headers: {
        "Content-Type": spec.contentType,
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        // The report runs nothing even when opened from the app's origin.
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; sandbox",
      },
    });
  } catch (error) {
    return routeErrorResponse(error, "export");
  }
}

export const GET = withRetryableErrors(exportArticle);
