"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Check, ChevronDown, Download } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from "@/components/ui/menu";

// Kept in step with lib/export/export-formats.ts (that module renders PDFs: server only).
const FORMATS = [
  { format: "html", label: "HTML report" },
  { format: "pdf", label: "PDF report" },
  { format: "md", label: "Markdown" },
  { format: "json", label: "JSON" },
  { format: "csv", label: "CSV (one row per claim)" },
  { format: "claimreview", label: "ClaimReview JSON-LD" },
  { format: "w3c", label: "W3C Web Annotations" },
] as const;

interface ExportMenuProps {
  workspaceSlug: string;
  articleId: string;
}

/** The article page's "Export" menu: one download link per format, approved claims optional. */
export function ExportMenu({ workspaceSlug, articleId }: ExportMenuProps) {
  const [approvedOnly, setApprovedOnly] = useState(false);
  const href = (format: string) =>
    `/api/w/${encodeURIComponent(workspaceSlug)}/articles/${encodeURIComponent(articleId)}/export?format=${format}${approvedOnly ? "&approved=1" : ""}`;
  return (
    <Menu>
      <MenuTrigger asChild>
        <Button variant="secondary" size="sm">
          <Download className="size-4" aria-hidden />
          Export
          <ChevronDown className="size-4" aria-hidden />
        </Button>
      </MenuTrigger>
      <MenuContent align="end">
        <MenuLabel>Download the annotated article as</MenuLabel>
        {FORMATS.map(({ format, label }) => (
          <MenuItem key={format} asChild>
            <a href={href(format)} download data-export-format={format}>
              {label}
            </a>
          </MenuItem>
        ))}
        <MenuItem asChild>
          <a href={`${href("html")}&view=1`} target="_blank" rel="noopener noreferrer">
            Open the HTML report in a new tab
          </a>
        </MenuItem>
        <MenuSeparator />
        <DropdownMenu.CheckboxItem
          checked={approvedOnly}
          onCheckedChange={(checked) => setApprovedOnly(checked === true)}
          onSelect={(event) => event.preventDefault()}
          className="flex cursor-pointer select-none items-center gap-2 rounded-md px-2 py-1.5 text-ink outline-none data-[highlighted]:bg-subtle"
        >
          <span className="flex size-4 items-center justify-center rounded border border-line">
            <DropdownMenu.ItemIndicator>
              <Check className="size-3" aria-hidden />
            </DropdownMenu.ItemIndicator>
          </span>
          Approved claims only
        </DropdownMenu.CheckboxItem>
      </MenuContent>
    </Menu>
  );
}
