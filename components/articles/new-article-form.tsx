"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { FileImport, type FileState } from "@/components/import/file-import";
import { PasteImport, type PasteState } from "@/components/import/paste-import";
import { SourceTabs, type ImportSource } from "@/components/import/source-tabs";
import type { Preview } from "@/components/import/types";
import { UrlImport, type UrlState } from "@/components/import/url-import";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createArticleAction } from "@/lib/articles/actions";
import { TITLE_MAX } from "@/lib/articles/schema";

type FieldErrors = Record<string, string[] | undefined>;
type Details = { title: string; byline: string; sourceUrl: string; publishedAt: string };

const NO_DETAILS: Details = { title: "", byline: "", sourceUrl: "", publishedAt: "" };

export function NewArticleForm({ workspaceSlug }: { workspaceSlug: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [source, setSource] = useState<ImportSource>("paste");
  const [paste, setPaste] = useState<PasteState>({ text: "", preview: null });
  const [file, setFile] = useState<FileState | null>(null);
  const [url, setUrl] = useState<UrlState>({ address: "", preview: null });
  const [details, setDetails] = useState<Details>(NO_DETAILS);
  // Fields the user typed in are theirs: an import fills only the others.
  const typed = useRef(new Set<keyof Details>());

  function edit(name: keyof Details, value: string) {
    typed.current.add(name);
    setDetails((current) => ({ ...current, [name]: value }));
  }

  function prefill(preview: Preview) {
    setDetails((current) => {
      const next = { ...current };
      for (const name of Object.keys(NO_DETAILS) as (keyof Details)[]) {
        const found = preview[name];
        if (found && (!typed.current.has(name) || !current[name].trim())) next[name] = found;
      }
      return next;
    });
  }

  function content(): { text: string } | { doc: Preview["doc"] } | null {
    if (source === "paste") return paste.preview ? { doc: paste.preview.doc } : { text: paste.text };
    const preview = source === "file" ? file?.preview : url.preview;
    return preview ? { doc: preview.doc } : null;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = content();
    setError(null);
    setFieldErrors({});
    if (!body) {
      setError(source === "file" ? "Choose a file to import first." : "Fetch the article from its web address first.");
      return;
    }
    setPending(true);
    try {
      const result = await createArticleAction({ workspaceSlug, ...details, ...body });
      if (!result.ok) {
        // The form keeps everything typed; only the messages change.
        setPending(false);
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      router.push(`/w/${result.data.workspaceSlug}/articles/${result.data.articleId}`);
    } catch {
      setPending(false);
      setError("The article could not be saved (it may be too large to send at once). Nothing was lost here; try again.");
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6 rounded-xl border border-line bg-surface p-6" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <SourceTabs
        value={source}
        onChange={setSource}
        panels={{
          paste: (
            <PasteImport
              workspaceSlug={workspaceSlug}
              title={details.title}
              value={paste}
              onChange={setPaste}
              onImported={prefill}
              errors={source === "paste" ? fieldErrors.text : undefined}
            />
          ),
          file: (
            <FileImport
              workspaceSlug={workspaceSlug}
              title={details.title}
              value={file}
              onImported={(value) => {
                setFile(value);
                prefill(value.preview);
              }}
            />
          ),
          url: <UrlImport workspaceSlug={workspaceSlug} title={details.title} value={url} onChange={setUrl} onImported={prefill} />,
        }}
      />
      <fieldset className="space-y-5 border-t border-line pt-5">
        <legend className="sr-only">Article details</legend>
        <p className="text-sm font-medium text-ink" aria-hidden>
          Details <span className="font-normal text-muted">(filled in from the import where found; check them)</span>
        </p>
        <Field id="title" label="Title" errors={fieldErrors.title}>
          <Input {...fieldAria("title", fieldErrors.title)} required maxLength={TITLE_MAX * 2} value={details.title} onChange={(e) => edit("title", e.target.value)} />
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="byline" label="Byline" hint="Author or agency, if known." errors={fieldErrors.byline}>
            <Input {...fieldAria("byline", fieldErrors.byline, true)} value={details.byline} onChange={(e) => edit("byline", e.target.value)} />
          </Field>
          <Field id="publishedAt" label="Publication date" errors={fieldErrors.publishedAt}>
            <Input {...fieldAria("publishedAt", fieldErrors.publishedAt)} type="date" value={details.publishedAt} onChange={(e) => edit("publishedAt", e.target.value)} />
          </Field>
        </div>
        <Field id="sourceUrl" label="Source URL" hint="Where the article was published." errors={fieldErrors.sourceUrl}>
          <Input
            {...fieldAria("sourceUrl", fieldErrors.sourceUrl, true)}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={details.sourceUrl}
            onChange={(e) => edit("sourceUrl", e.target.value)}
          />
        </Field>
      </fieldset>
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
