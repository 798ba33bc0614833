"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { previewUrlAction } from "@/lib/import/actions";
import { ImportPreviewCard } from "./import-preview-card";
import type { Preview } from "./types";

export interface UrlState {
  address: string;
  preview: Preview | null;
}

interface UrlImportProps {
  workspaceSlug: string;
  title: string;
  value: UrlState;
  onChange: (value: UrlState) => void;
  onImported: (preview: Preview) => void;
}

/** Fetches a public article page on the server and shows the article found in it. */
export function UrlImport({ workspaceSlug, title, value, onChange, onImported }: UrlImportProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function fetchArticle() {
    setError(null);
    setPending(true);
    try {
      const result = await previewUrlAction({ workspaceSlug, url: value.address });
      if (!result.ok) return setError(result.fieldErrors?.url?.join(" ") ?? result.error);
      onChange({ address: value.address, preview: result.data });
      onImported(result.data);
    } catch {
      setError("The page could not be fetched right now. Try again in a moment.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <Field id="importUrl" label="Article web address" hint="The page is fetched by Factdesk and only its article text is kept.">
        <div className="flex gap-2">
          <Input
            id="importUrl"
            type="url"
            inputMode="url"
            placeholder="https://"
            aria-describedby="importUrl-hint"
            value={value.address}
            onChange={(event) => onChange({ address: event.target.value, preview: value.preview })}
            onKeyDown={(event) => {
              // Enter fetches the article rather than saving the whole form.
              if (event.key === "Enter") {
                event.preventDefault();
                if (!pending) void fetchArticle();
              }
            }}
          />
          <Button type="button" variant="secondary" className="shrink-0" onClick={fetchArticle} disabled={pending || !value.address.trim()}>
            {pending ? "Fetching…" : "Fetch article"}
          </Button>
        </div>
      </Field>
      {pending ? (
        <p role="status" className="text-sm text-muted">
          Fetching the page (up to 10 seconds)…
        </p>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      {value.preview && !pending ? <ImportPreviewCard title={title} preview={value.preview} /> : null}
    </div>
  );
}
