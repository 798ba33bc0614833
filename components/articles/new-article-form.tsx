"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { createArticleAction } from "@/lib/articles/actions";
import { TITLE_MAX } from "@/lib/articles/schema";

type FieldErrors = Record<string, string[] | undefined>;

export function NewArticleForm({ workspaceSlug }: { workspaceSlug: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "");
    setPending(true);
    setError(null);
    setFieldErrors({});
    const result = await createArticleAction({
      workspaceSlug,
      title: value("title"),
      byline: value("byline"),
      sourceUrl: value("sourceUrl"),
      publishedAt: value("publishedAt"),
      text: value("text"),
    });
    if (!result.ok) {
      // The form keeps everything typed; only the messages change.
      setPending(false);
      setError(result.error);
      setFieldErrors(result.fieldErrors ?? {});
      return;
    }
    router.push(`/w/${result.data.workspaceSlug}/articles/${result.data.articleId}`);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5 rounded-xl border border-line bg-surface p-6" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <Field id="title" label="Title" errors={fieldErrors.title}>
        <Input {...fieldAria("title", fieldErrors.title)} required maxLength={TITLE_MAX * 2} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="byline" label="Byline" hint="Author or agency, if known." errors={fieldErrors.byline}>
          <Input {...fieldAria("byline", fieldErrors.byline, true)} />
        </Field>
        <Field id="publishedAt" label="Publication date" errors={fieldErrors.publishedAt}>
          <Input {...fieldAria("publishedAt", fieldErrors.publishedAt)} type="date" />
        </Field>
      </div>
      <Field id="sourceUrl" label="Source URL" hint="Where the article was published." errors={fieldErrors.sourceUrl}>
        <Input {...fieldAria("sourceUrl", fieldErrors.sourceUrl, true)} type="url" inputMode="url" placeholder="https://" />
      </Field>
      <Field id="text" label="Article text" hint="Plain text; each line becomes a paragraph." errors={fieldErrors.text}>
        <Textarea {...fieldAria("text", fieldErrors.text, true)} rows={14} required className="font-serif" />
      </Field>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save article"}
        </Button>
      </div>
    </form>
  );
}
