"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { updateArticleAction } from "@/lib/claims/actions";
import type { ArticleAnnotationView } from "@/lib/claims/types";

type Article = ArticleAnnotationView["article"];
type FieldErrors = Record<string, string[] | undefined>;

/** Edits an article's title, byline, source URL and publication date. */
export function ArticleDetailsDialog({ article, workspaceSlug, onSaved }: { article: Article; workspaceSlug: string; onSaved(article: Article): void }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "");
    setPending(true);
    const result = await updateArticleAction({
      workspaceSlug,
      articleId: article.id,
      version: article.version,
      title: value("title"),
      byline: value("byline"),
      sourceUrl: value("sourceUrl"),
      publishedAt: value("publishedAt"),
    });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.fieldErrors ?? {});
      return;
    }
    onSaved(result.data.article);
    setOpen(false);
  }

  return (
    <Dialog open={open} onOpenChange={(next) => { setOpen(next); setError(null); setFieldErrors({}); }}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">Edit details</Button>
      </DialogTrigger>
      <DialogContent title="Article details" description="Corrections to the title, byline, source or date.">
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          {error ? <Alert>{error}</Alert> : null}
          <Field id="title" label="Title" errors={fieldErrors.title}>
            <Input {...fieldAria("title", fieldErrors.title)} defaultValue={article.title} required />
          </Field>
          <Field id="byline" label="Byline" errors={fieldErrors.byline}>
            <Input {...fieldAria("byline", fieldErrors.byline)} defaultValue={article.byline ?? ""} />
          </Field>
          <Field id="sourceUrl" label="Source URL" errors={fieldErrors.sourceUrl}>
            <Input {...fieldAria("sourceUrl", fieldErrors.sourceUrl)} type="url" defaultValue={article.sourceUrl ?? ""} />
          </Field>
          <Field id="publishedAt" label="Publication date" errors={fieldErrors.publishedAt}>
            <Input {...fieldAria("publishedAt", fieldErrors.publishedAt)} type="date" defaultValue={article.publishedAt?.slice(0, 10) ?? ""} />
          </Field>
          <div className="flex justify-end">
            <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save details"}</Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
