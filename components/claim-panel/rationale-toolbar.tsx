"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { Bold, Italic, List, ListOrdered, Unlink } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { LinkButton } from "./link-button";

/** Formatting buttons; each shows whether its format is on where the cursor is. */
export function RationaleToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      link: current.isActive("link"),
      href: (current.getAttributes("link").href as string | undefined) ?? "",
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div role="group" aria-label="Rationale formatting" className="flex flex-wrap items-center gap-0.5 border-b border-line p-1">
      <ToolButton label="Bold" shortcut="Ctrl+B" pressed={active.bold} onClick={() => chain().toggleBold().run()}>
        <Bold aria-hidden className="size-4" />
      </ToolButton>
      <ToolButton label="Italic" shortcut="Ctrl+I" pressed={active.italic} onClick={() => chain().toggleItalic().run()}>
        <Italic aria-hidden className="size-4" />
      </ToolButton>
      <ToolButton label="Bulleted list" pressed={active.bulletList} onClick={() => chain().toggleBulletList().run()}>
        <List aria-hidden className="size-4" />
      </ToolButton>
      <ToolButton label="Numbered list" pressed={active.orderedList} onClick={() => chain().toggleOrderedList().run()}>
        <ListOrdered aria-hidden className="size-4" />
      </ToolButton>
      <span aria-hidden className="mx-1 h-5 w-px bg-line" />
      <LinkButton editor={editor} active={active.link} href={active.href} buttonClass={TOOL_BUTTON} />
      {active.link ? (
        <ToolButton label="Remove link" onClick={() => chain().extendMarkRange("link").unsetLink().run()}>
          <Unlink aria-hidden className="size-4" />
        </ToolButton>
      ) : null}
    </div>
  );
}

const TOOL_BUTTON =
  "inline-flex size-8 items-center justify-center rounded text-ink hover:bg-subtle aria-pressed:bg-accent/15 aria-pressed:text-accent";

function ToolButton(props: { label: string; shortcut?: string; pressed?: boolean; onClick(): void; children: ReactNode }) {
  const { label, shortcut, pressed, onClick, children } = props;
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace("Ctrl", "Control")}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
      className={cn(TOOL_BUTTON)}
    >
      {children}
    </button>
  );
}
