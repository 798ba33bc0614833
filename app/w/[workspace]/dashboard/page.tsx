import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { requireUser } from "@/lib/auth/current-user";
import { dashboardEtag } from "@/lib/dashboard/dashboard-etag";
import { dashboardSearch } from "@/lib/dashboard/dashboard-params";
import { getMemberDashboard } from "@/lib/dashboard/get-member-dashboard";
import { AppError } from "@/lib/server/app-error";

type Params = Promise<{ workspace: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}/dashboard`);
  const dashboard = await getMemberDashboard(user.id, slug, await searchParams).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <DashboardView
      // New parameters start a new live view (its ETag belongs to the old URL).
      key={dashboardSearch(dashboard.params)}
      slug={dashboard.workspace.slug}
      workspaceName={dashboard.workspace.name}
      params={dashboard.params}
      errors={dashboard.errors}
      initial={dashboard.data}
      initialEtag={dashboardEtag(dashboard.data.version)}
    />
  );
}
