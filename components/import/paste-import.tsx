"use client";

import { useState, type ClipboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Field, fieldAria } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { previewPasteAction } from "@/lib/import/actions";
import { PASTE_MAX_CHARS } from "@/lib/import/schema";
import { ImportPreviewCard } from "./import-preview-card";
import type { Preview } from "./types";

export interface PasteState {
  text: string;
  /** Set after a rich (HTML) paste, until the text is edited by hand. */
  preview: Preview | null;
}

interface PasteImportProps {
  workspaceSlug: string;
  title: string;
  value: PasteState;
  onChange: (value: PasteState) => void;
  onImported: (preview: Preview) => void;
  errors?: string[];
}

/** The paste area: plain text as typed, or a web page's HTML captured from the clipboard. */
export function PasteImport({ workspaceSlug, title, value, onChange, onImported, errors }: PasteImportProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData.getData("text/html");
    if (!html.trim()) return; // Plain text: the textarea takes it as usual.
    event.preventDefault();
    const text = event.clipboardData.getData("text/plain") || htmlText(html);
    setError(null);
    if (html.length > PASTE_MAX_CHARS) {
      onChange({ text, preview: null });
      setError("That paste is too large to keep its formatting; it was pasted as plain text.");
      return;
    }
    setPending(true);
    onChange({ text, preview: null });
    try {
      const result = await previewPasteAction({ workspaceSlug, html });
      if (!result.ok) return setError(result.error);
      onChange({ text, preview: result.data });
      onImported(result.data);
    } catch {
      setError("The paste could not be read right now; it was kept as plain text. Try again in a moment.");
    } finally {
      setPending(false);
    }
  }

  const plain = value.text.split("\n").map((line) => line.trim()).filter(Boolean);
  const preview = value.preview ?? (plain.length ? { excerpt: plain.slice(0, 4).map((text) => ({ heading: false, text })), length: plain.join("\n").length } : null);

  return (
    <div className="space-y-4">
      <Field
        id="text"
        label="Article text"
        hint="Paste from a web page or document: headings, lists and links are kept, scripts and styling dropped. Editing the text here keeps it as plain text."
        errors={errors}
      >
        <Textarea
          {...fieldAria("text", errors, true)}
          rows={10}
          className="font-serif"
          value={value.text}
          onPaste={onPaste}
          onChange={(event) => onChange({ text: event.target.value, preview: null })}
          aria-busy={pending || undefined}
        />
      </Field>
      {pending ? (
        <p role="status" className="text-sm text-muted">
          Reading the pasted article…
        </p>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      {preview && !pending ? <ImportPreviewCard title={title} preview={preview} /> : null}
    </div>
  );
}

// The browser's parser builds an inert document (no scripts run) just to read the text.
function htmlText(html: string) {
  return new DOMParser().parseFromString(html, "text/html").body.innerText.trim();
}
