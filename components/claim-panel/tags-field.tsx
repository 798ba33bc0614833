"use client";

import { X } from "lucide-react";
import { useState, type KeyboardEvent } from "react";
import { FieldError, SECTION_LABEL } from "./panel-section";
import { MAX_TAGS, addTags } from "./tag-input";

/** Tags as removable chips; Enter or a comma adds, Backspace in the empty input removes the last. */
export function TagsField(props: {
  id: string;
  tags: string[];
  errors?: string[];
  readOnly: boolean;
  onChange(tags: string[]): void;
}) {
  const { id, tags, errors, readOnly, onChange } = props;
  const [text, setText] = useState("");
  const [notice, setNotice] = useState<string | null>(null);

  if (readOnly) {
    return (
      <div className="space-y-1">
        <h3 className={SECTION_LABEL}>Tags</h3>
        {tags.length ? (
          <ul className="flex flex-wrap gap-1.5">
            {tags.map((tag) => (
              <li key={tag} className="rounded-full bg-subtle px-2 py-0.5 text-xs text-ink">
                {tag}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No tags</p>
        )}
      </div>
    );
  }

  function commit(typed: string) {
    const result = addTags(tags, typed);
    setText("");
    setNotice(result.overflow.length ? `At most ${MAX_TAGS} tags; “${result.overflow.join("”, “")}” not added.` : null);
    if (result.tags.length !== tags.length) onChange(result.tags);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      if (text.trim()) commit(text);
    } else if (event.key === "Backspace" && !text && tags.length) {
      event.preventDefault();
      onChange(tags.slice(0, -1));
    }
  }

  const describedBy = [errors?.length ? `${id}-error` : `${id}-hint`, notice ? `${id}-notice` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={SECTION_LABEL}>
        Tags
      </label>
      <div className="flex flex-wrap items-center gap-1.5 rounded-md border border-line bg-surface p-1.5 focus-within:border-accent focus-within:ring-2 focus-within:ring-accent/30">
        {tags.length ? (
          <ul className="contents" aria-label="Current tags">
            {tags.map((tag) => (
              <li key={tag} className="flex items-center gap-0.5 rounded-full bg-subtle py-0.5 pl-2 pr-0.5 text-xs text-ink">
                {tag}
                <button
                  type="button"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => onChange(tags.filter((other) => other !== tag))}
                  className="rounded-full p-0.5 text-muted hover:bg-line hover:text-ink"
                >
                  <X aria-hidden className="size-3" />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          value={text}
          onChange={(event) => {
            const value = event.target.value;
            // Pasting "a, b, c" adds them all; the text after the last comma stays to be finished.
            if (value.includes(",")) {
              const cut = value.lastIndexOf(",");
              commit(value.slice(0, cut));
              setText(value.slice(cut + 1).trimStart());
            } else setText(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() && commit(text)}
          placeholder={tags.length >= MAX_TAGS ? `${MAX_TAGS} tags (the most)` : "Add a tag"}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="h-7 min-w-24 flex-1 bg-transparent px-1 text-sm text-ink placeholder:text-muted focus:outline-none"
        />
      </div>
      {errors?.length ? null : (
        <p id={`${id}-hint`} className="text-xs text-muted">
          Press Enter or type a comma to add.
        </p>
      )}
      {notice ? (
        <p id={`${id}-notice`} role="status" className="text-xs text-muted">
          {notice}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
