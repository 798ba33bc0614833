"use client";

import * as Tabs from "@radix-ui/react-tabs";
import type { ReactNode } from "react";

export type ImportSource = "paste" | "file" | "url";

const LABELS: Record<ImportSource, string> = { paste: "Paste", file: "Upload a file", url: "From a URL" };

/** The three ways to bring an article in, as keyboard-usable tabs (arrow keys move between them). */
export function SourceTabs({ value, onChange, panels }: { value: ImportSource; onChange: (value: ImportSource) => void; panels: Record<ImportSource, ReactNode> }) {
  return (
    <Tabs.Root value={value} onValueChange={(next) => onChange(next as ImportSource)} className="space-y-4">
      <Tabs.List aria-label="Article source" className="inline-flex gap-1 rounded-lg border border-line bg-subtle p-1">
        {(Object.keys(LABELS) as ImportSource[]).map((source) => (
          <Tabs.Trigger
            key={source}
            value={source}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-muted transition hover:text-ink focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-accent/40 data-[state=active]:bg-surface data-[state=active]:text-ink data-[state=active]:shadow-sm"
          >
            {LABELS[source]}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {(Object.keys(LABELS) as ImportSource[]).map((source) => (
        <Tabs.Content key={source} value={source} className="focus-visible:outline-none">
          {panels[source]}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
