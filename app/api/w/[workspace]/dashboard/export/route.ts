import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { fileSlug } from "@/lib/export/report-text";
import { getMemberDashboard } from "@/lib/dashboard/get-member-dashboard";
import { renderDashboardCsv } from "@/lib/dashboard/render-dashboard-csv";
import { routeErrorResponse } from "@/lib/server/route-error";
import { withRetryableErrors } from "@/lib/server/unavailable";

export const dynamic = "force-dynamic";

type Params = Promise<{ workspace: string }>;

/** Most articles one export lists (most recently active first); the CSV says when there are more. */
const EXPORT_ARTICLE_LIMIT = 5_000;

/** GET ?from&to&threshold: the dashboard as a CSV download, one labelled section per panel. */
async function exportDashboard(request: Request, { params }: { params: Params }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to export the dashboard." }, { status: 401 });
  const { workspace } = await params;
  try {
    const dashboard = await getMemberDashboard(user.id, workspace, new URL(request.url).searchParams, EXPORT_ARTICLE_LIMIT);
    const { from, to } = dashboard.data.range;
    const filename = `${fileSlug(`${dashboard.workspace.name} dashboard`)}-${from}-to-${to}.csv`;
    return new Response(renderDashboardCsv(dashboard.data, dashboard.workspace.name), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return routeErrorResponse(error, "dashboard export");
  }
}

export const GET = withRetryableErrors(exportDashboard);
