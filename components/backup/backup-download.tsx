"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "./progress-bar";

type State = { phase: "idle" } | { phase: "downloading"; bytes: number } | { phase: "done"; bytes: number } | { phase: "error"; message: string };

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Downloads the workspace backup, showing the bytes received as they stream in. */
export function BackupDownload({ workspaceSlug }: { workspaceSlug: string }) {
  const [state, setState] = useState<State>({ phase: "idle" });

  async function download() {
    setState({ phase: "downloading", bytes: 0 });
    try {
      const response = await fetch(`/api/w/${encodeURIComponent(workspaceSlug)}/backup`);
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? `The backup could not be made (HTTP ${response.status}).`);
      }
      const reader = response.body.getReader();
      const chunks: BlobPart[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.length;
        setState({ phase: "downloading", bytes });
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "workspace-backup.ndjson.gz";
      const url = URL.createObjectURL(new Blob(chunks, { type: "application/gzip" }));
      const link = Object.assign(document.createElement("a"), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ phase: "done", bytes });
    } catch (error) {
      setState({ phase: "error", message: error instanceof Error ? error.message : "The download failed." });
    }
  }

  return (
    <div className="space-y-3">
      <Button onClick={download} disabled={state.phase === "downloading"}>
        {state.phase === "downloading" ? "Downloading…" : "Download backup"}
      </Button>
      {state.phase === "downloading" ? <ProgressBar label="Backup download" value={null} detail={`${size(state.bytes)} received`} /> : null}
      {state.phase === "done" ? <ProgressBar label="Backup download" value={1} detail={`Done: ${size(state.bytes)} saved.`} /> : null}
      {state.phase === "error" ? (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
