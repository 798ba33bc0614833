import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { dashboardEtag } from "@/lib/dashboard/dashboard-etag";
import { getMemberDashboard } from "@/lib/dashboard/get-member-dashboard";
import { getMemberDashboardVersion } from "@/lib/dashboard/get-member-dashboard-version";
import { routeErrorResponse } from "@/lib/server/route-error";
import { withRetryableErrors } from "@/lib/server/unavailable";

export const dynamic = "force-dynamic";

type Params = Promise<{ workspace: string }>;

// "no-cache" lets the browser keep the body but makes it ask every time; "private" keeps shared
// caches out of a member-only response.
const CACHE = "private, no-cache";

/**
 * GET ?from&to&threshold&page: the dashboard data as JSON, polled by open dashboards. With a
 * matching If-None-Match it answers 304 after one cheap version query, without loading the data.
 */
async function getDashboardFeed(request: Request, { params }: { params: Params }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to see the dashboard." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  const { workspace } = await params;
  try {
    const known = request.headers.get("if-none-match");
    if (known && known === dashboardEtag(await getMemberDashboardVersion(user.id, workspace))) {
      return new Response(null, { status: 304, headers: { ETag: known, "Cache-Control": CACHE } });
    }
    const { data } = await getMemberDashboard(user.id, workspace, new URL(request.url).searchParams);
    return NextResponse.json(data, { headers: { ETag: dashboardEtag(data.version), "Cache-Control": CACHE } });
  } catch (error) {
    return routeErrorResponse(error, "dashboard", { "Cache-Control": "no-store" });
  }
}

export const GET = withRetryableErrors(getDashboardFeed);
