"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { articleExtensions } from "@/lib/editor/extensions";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";

/** The article text in a read-only Tiptap editor (annotation builds on this editor). */
export function ArticleViewer({ content, label }: { content: DocNodeJSON; label: string }) {
  const editor = useEditor({
    extensions: articleExtensions,
    content,
    editable: false,
    // Rendering waits for the browser so server and client markup never disagree.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        "aria-label": label,
        role: "article",
        class: "prose prose-lg max-w-none font-serif text-ink dark:prose-invert prose-p:leading-relaxed",
      },
    },
  });
  if (!editor) {
    return (
      <div role="status" className="space-y-3" aria-label="Loading article text">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="h-4 animate-pulse rounded bg-subtle" style={{ width: `${90 - index * 7}%` }} />
        ))}
      </div>
    );
  }
  return <EditorContent editor={editor} className="article-body" />;
}
