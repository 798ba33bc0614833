import { sourceInputSchema } from "@/lib/claims/schema";
import type { SourceDTO, SourceStance } from "@/lib/claims/types";
import type { SourceInput } from "./claim-actions";

export const SOURCE_FIELDS = ["url", "title", "publisher", "publishedAt", "excerpt", "stance"] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];
export type SourceFormValues = Record<SourceField, string>;
export type SourceFieldErrors = Partial<Record<SourceField, string[]>>;

/** The form's starting values: empty for a new source, the source's own for an edit. */
export function sourceFormValues(source?: SourceDTO): SourceFormValues {
  return {
    url: source?.url ?? "",
    title: source?.title ?? "",
    publisher: source?.publisher ?? "",
    publishedAt: source?.publishedAt ?? "",
    excerpt: source?.excerpt ?? "",
    stance: source?.stance ?? "supports",
  };
}

/**
 * Checks the form with the server's own schema before sending. Optional fields go out as ""
 * when empty, never left out: on an edit, a missing field means "unchanged", so clearing the
 * publisher must say so.
 */
export function parseSourceForm(
  values: SourceFormValues,
): { ok: true; source: SourceInput } | { ok: false; fieldErrors: SourceFieldErrors } {
  const parsed = sourceInputSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: SourceFieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SourceField;
      (fieldErrors[field] ??= []).push(issue.message);
    }
    return { ok: false, fieldErrors };
  }
  return {
    ok: true,
    source: {
      url: values.url.trim(),
      title: values.title.trim(),
      publisher: values.publisher.trim(),
      publishedAt: values.publishedAt.trim(),
      excerpt: values.excerpt.trim(),
      stance: values.stance as SourceStance,
    },
  };
}
