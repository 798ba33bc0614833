import { Newspaper } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export function EmptyArticles({ workspaceSlug, canCreate }: { workspaceSlug: string; canCreate: boolean }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-line bg-surface px-6 py-16 text-center">
      <Newspaper className="size-10 text-muted" aria-hidden />
      <h2 className="text-lg font-semibold">No articles to check yet</h2>
      <p className="max-w-md text-sm text-muted">
        {canCreate
          ? "Add the article you want to fact-check: paste its text with its title and source. You can then highlight its claims and give each a verdict."
          : "When an editor of this workspace adds an article, it appears here."}
      </p>
      {canCreate ? (
        <Button asChild className="mt-2">
          <Link href={`/w/${workspaceSlug}/articles/new`}>Add your first article</Link>
        </Button>
      ) : null}
    </div>
  );
}
