"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { activeMention, insertMention } from "./active-mention";

export interface MentionMember {
  id: string;
  name: string;
  email?: string | null;
  role?: string;
}

interface MentionTextareaProps {
  id: string;
  value: string;
  onChange(value: string): void;
  members: readonly MentionMember[];
  /** Ctrl+Enter (⌘+Enter on a Mac). */
  onSubmit(): void;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
}

const MAX_SUGGESTIONS = 6;

/** A textarea that suggests workspace members after "@" (arrows to move, Enter or Tab to pick). */
export function MentionTextarea({ id, value, onChange, members, onSubmit, disabled, describedBy, invalid }: MentionTextareaProps) {
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);

  const query = mention?.query.toLowerCase() ?? "";
  const suggestions = mention
    ? members
        .filter((member) => member.name.toLowerCase().includes(query) || member.email?.toLowerCase().startsWith(query))
        .sort((a, b) => Number(!a.name.toLowerCase().startsWith(query)) - Number(!b.name.toLowerCase().startsWith(query)))
        .slice(0, MAX_SUGGESTIONS)
    : [];
  const open = suggestions.length > 0;

  function track(text: string, caret: number) {
    const next = activeMention(text, caret);
    if (next?.start !== mention?.start || next?.query !== mention?.query) setActive(0);
    setMention(next);
  }

  function pick(member: MentionMember) {
    const textarea = ref.current;
    if (!mention || !textarea) return;
    const { text, caret } = insertMention(value, mention.start, textarea.selectionStart, member.name);
    onChange(text);
    setMention(null);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(caret, caret);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
      return;
    }
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      pick(suggestions[Math.min(active, suggestions.length - 1)]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setMention(null);
    }
  }

  return (
    <div className="relative">
      <textarea
        ref={ref}
        id={id}
        value={value}
        rows={3}
        disabled={disabled}
        placeholder="Add a comment… Type @ to mention a teammate"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          track(event.target.value, event.target.selectionStart);
        }}
        onSelect={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setMention(null)}
        className="block w-full resize-y rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink placeholder:text-muted focus:border-accent focus:outline-none aria-[invalid]:border-danger"
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Mention a teammate"
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-56 overflow-y-auto rounded-md border border-line bg-surface p-1 shadow-lg"
        >
          {suggestions.map((member, index) => (
            <li
              key={member.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the textarea's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(member);
              }}
              onMouseEnter={() => setActive(index)}
              className={cn("flex cursor-pointer items-baseline justify-between gap-2 rounded px-2 py-1 text-sm text-ink", index === active && "bg-subtle")}
            >
              <span className="truncate font-medium">{member.name}</span>
              {member.email ? <span className="truncate text-xs text-muted">{member.email}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
