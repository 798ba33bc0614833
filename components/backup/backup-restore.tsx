"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "./progress-bar";

type State =
  | { phase: "idle" }
  | { phase: "uploading"; sent: number; total: number; records: number }
  | { phase: "done"; records: number; counts: Record<string, number> }
  | { phase: "error"; message: string };

/**
 * Uploads a backup file to restore into this (empty) workspace. XMLHttpRequest, because fetch
 * reports no upload progress; the server's NDJSON answer reports records restored so far.
 */
export function BackupRestore({ workspaceSlug, empty }: { workspaceSlug: string; empty: boolean }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ phase: "idle" });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("backup");
    if (!(file instanceof File) || file.size === 0) return setState({ phase: "error", message: "Choose a backup file (.ndjson.gz) to restore." });
    const request = new XMLHttpRequest();
    let records = 0;
    setState({ phase: "uploading", sent: 0, total: file.size, records });
    const lines = () =>
      request.responseText
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { processed?: number; done?: boolean; counts?: Record<string, number>; error?: string });
    request.upload.onprogress = (progress) => setState({ phase: "uploading", sent: progress.loaded, total: progress.total || file.size, records });
    request.onprogress = () => {
      const last = lines().findLast((line) => line.processed !== undefined);
      if (last?.processed !== undefined) records = last.processed;
      setState((current) => (current.phase === "uploading" ? { ...current, records } : current));
    };
    request.onload = () => {
      if (request.status !== 200) {
        const message = (() => {
          try {
            return (JSON.parse(request.responseText) as { error?: string }).error;
          } catch {
            return undefined;
          }
        })();
        return setState({ phase: "error", message: message ?? `The restore failed (HTTP ${request.status}).` });
      }
      const all = lines();
      const failure = all.find((line) => line.error);
      const done = all.find((line) => line.done);
      if (failure?.error) setState({ phase: "error", message: `${failure.error} Nothing was restored.` });
      else if (done) {
        setState({ phase: "done", records: all.findLast((line) => line.processed !== undefined)?.processed ?? 0, counts: done.counts ?? {} });
        router.refresh();
      } else setState({ phase: "error", message: "The connection ended before the restore finished. Nothing was restored." });
    };
    request.onerror = () => setState({ phase: "error", message: "The upload failed. Check your connection and try again." });
    request.open("POST", `/api/w/${encodeURIComponent(workspaceSlug)}/backup/restore`);
    request.setRequestHeader("Content-Type", "application/gzip");
    request.send(file);
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Restore a backup">
      {!empty ? (
        <p className="rounded-md border border-line bg-subtle p-3 text-sm">
          This workspace already has articles. A backup can only be restored into an empty workspace: create a new workspace and restore there.
        </p>
      ) : null}
      <label className="block text-sm font-medium" htmlFor="backup-file">
        Backup file
      </label>
      <input id="backup-file" name="backup" type="file" accept=".gz,application/gzip" className="block text-sm" disabled={!empty || state.phase === "uploading"} />
      <Button type="submit" variant="secondary" disabled={!empty || state.phase === "uploading"}>
        {state.phase === "uploading" ? "Restoring…" : "Restore backup"}
      </Button>
      {state.phase === "uploading" ? (
        <>
          <ProgressBar label="Upload" value={state.total ? state.sent / state.total : null} detail={`${Math.round((state.sent / Math.max(1, state.total)) * 100)}% uploaded`} />
          <p className="text-xs text-muted" aria-live="polite">
            {state.records.toLocaleString("en")} records restored so far
          </p>
        </>
      ) : null}
      {state.phase === "done" ? (
        <p role="status" className="text-sm">
          Restored {state.records.toLocaleString("en")} records: {state.counts.article ?? 0} articles, {state.counts.claim ?? 0} claims, {state.counts.claimEvent ?? 0} history entries
          {state.counts.usersCreated ? `; ${state.counts.usersCreated} people were new here and were added without a password` : ""}.
        </p>
      ) : null}
      {state.phase === "error" ? (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
