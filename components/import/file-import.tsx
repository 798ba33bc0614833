"use client";

import { useState, type ChangeEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { ImportPreviewCard } from "./import-preview-card";
import type { Preview } from "./types";

// Mirrors lib/import/read-import-file.ts, so the user hears about a wrong file before uploading.
const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = ".html,.htm,.txt,.md,.markdown,.docx";

export interface FileState {
  name: string;
  preview: Preview;
}

interface FileImportProps {
  workspaceSlug: string;
  title: string;
  value: FileState | null;
  onImported: (value: FileState) => void;
}

/** Uploads an .html, .txt, .md or .docx file and shows what it holds. */
export function FileImport({ workspaceSlug, title, value, onImported }: FileImportProps) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) return setError("That file is over 5 MB; import a smaller one.");
    setPending(file.name);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(`/api/w/${encodeURIComponent(workspaceSlug)}/import/file`, { method: "POST", body });
      const data = await response.json().catch(() => ({ error: "The server sent an unreadable answer. Try again." }));
      if (!response.ok) return setError(data.error ?? "That file could not be imported.");
      setError(null);
      onImported({ name: file.name, preview: data as Preview });
    } catch {
      setError("The file could not be uploaded. Check your connection and try again.");
    } finally {
      setPending(null);
      event.target.value = "";
    }
  }

  return (
    <div className="space-y-4">
      <Field id="importFile" label="Article file" hint="A web page (.html), text (.txt), Markdown (.md) or Word (.docx) file, up to 5 MB.">
        <input
          id="importFile"
          type="file"
          accept={ACCEPT}
          onChange={onChange}
          disabled={Boolean(pending)}
          aria-describedby="importFile-hint"
          className="block w-full rounded-md border border-line bg-surface text-sm text-ink file:mr-3 file:h-10 file:cursor-pointer file:border-0 file:border-r file:border-line file:bg-subtle file:px-4 file:text-sm file:font-medium file:text-ink focus:outline-none focus:ring-2 focus:ring-accent/30"
        />
      </Field>
      {pending ? (
        <p role="status" className="text-sm text-muted">
          Reading {pending}…
        </p>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      {value && !pending ? (
        <>
          <p className="text-sm text-muted">
            Imported from <span className="font-medium text-ink">{value.name}</span>.
          </p>
          <ImportPreviewCard title={title} preview={value.preview} />
        </>
      ) : null}
    </div>
  );
}
