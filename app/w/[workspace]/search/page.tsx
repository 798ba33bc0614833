import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchPageView } from "@/components/search/search-page-view";
import { requireUser } from "@/lib/auth/current-user";
import { searchWorkspace } from "@/lib/search/search-workspace";
import { AppError } from "@/lib/server/app-error";

type Params = Promise<{ workspace: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { workspace: slug } = await params;
  const user = await requireUser(`/w/${slug}/search`);
  const view = await searchWorkspace(user.id, slug, await searchParams).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <SearchPageView view={view} />;
}
