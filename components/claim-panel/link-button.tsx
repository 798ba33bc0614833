"use client";

import * as Popover from "@radix-ui/react-popover";
import type { Editor } from "@tiptap/react";
import { Link as LinkIcon } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { normalizeLinkUrl } from "./link-url";

/** Adds or changes a link on the selected text; only http, https and mailto addresses pass. */
export function LinkButton({ editor, active, href, buttonClass }: { editor: Editor; active: boolean; href: string; buttonClass: string }) {
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setUrl(href);
      setError(null);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const normalized = normalizeLinkUrl(url);
    if (!normalized) {
      setError("Enter a web address (http or https) or an email address.");
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    // With nothing selected the address itself becomes the link text.
    if (editor.state.selection.empty && !active) {
      chain.insertContent({ type: "text", text: url.trim(), marks: [{ type: "link", attrs: { href: normalized } }] }).run();
    } else {
      chain.setLink({ href: normalized }).run();
    }
    setOpen(false);
  }

  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger aria-label={active ? "Edit link" : "Add link"} aria-pressed={active} title="Link" className={buttonClass}>
        <LinkIcon aria-hidden className="size-4" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          sideOffset={6}
          align="start"
          className="z-50 w-72 space-y-2 rounded-lg border border-line bg-surface p-3 shadow-lg"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            editor.commands.focus();
          }}
        >
          <form onSubmit={onSubmit} className="space-y-2" noValidate>
            <label htmlFor={id} className="block text-sm font-medium text-ink">
              Link address
            </label>
            <Input
              id={id}
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              placeholder="https://"
              inputMode="url"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error ? (
              <p id={`${id}-error`} role="alert" className="text-sm text-danger">
                {error}
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <Popover.Close asChild>
                <Button type="button" size="sm" variant="secondary">
                  Cancel
                </Button>
              </Popover.Close>
              <Button type="submit" size="sm">
                {active ? "Update link" : "Add link"}
              </Button>
            </div>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
