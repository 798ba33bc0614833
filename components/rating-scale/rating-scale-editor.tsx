"use client";

import { Plus } from "lucide-react";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RatingLabelDTO } from "@/lib/claims/types";
import { updateRatingScaleAction } from "@/lib/rating-scale/actions";
import { SCALE_MAX, SCALE_MIN } from "@/lib/rating-scale/schema";
import { RatingScaleRow, type ScaleRow } from "./rating-scale-row";

type FieldErrors = Record<string, string[] | undefined>;
type Status = { state: "idle" | "saving" | "saved" } | { state: "failed"; message: string };

const toRows = (labels: RatingLabelDTO[]): ScaleRow[] =>
  labels.map((label) => ({ key: label.id, id: label.id, label: label.label, color: label.color, value: String(label.value), description: label.description ?? "" }));

/** The owner's editor of the workspace's rating scale: ordered rows, saved all at once. */
export function RatingScaleEditor({ workspaceSlug, labels }: { workspaceSlug: string; labels: RatingLabelDTO[] }) {
  const [rows, setRows] = useState(() => toRows(labels));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const nextKey = useRef(0);

  // Errors are keyed by row index at save time; any edit makes them stale, so they go.
  function change(next: ScaleRow[]) {
    setRows(next);
    setFieldErrors({});
    if (status.state !== "saving") setStatus({ state: "idle" });
  }

  function move(index: number, offset: -1 | 1) {
    const next = [...rows];
    [next[index], next[index + offset]] = [next[index + offset], next[index]];
    change(next);
  }

  function add() {
    change([...rows, { key: `new-${nextKey.current++}`, label: "", color: "#737b87", value: "0", description: "" }]);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus({ state: "saving" });
    setFieldErrors({});
    const result = await updateRatingScaleAction({
      workspaceSlug,
      labels: rows.map((row) => ({
        id: row.id,
        label: row.label,
        color: row.color,
        value: row.value.trim() === "" ? Number.NaN : Number(row.value),
        description: row.description,
      })),
    });
    if (!result.ok) {
      setFieldErrors(result.fieldErrors ?? {});
      setStatus({ state: "failed", message: [result.error, ...(result.fieldErrors?.labels ?? [])].join(" ") });
      return;
    }
    setRows(toRows(result.data));
    setStatus({ state: "saved" });
  }

  const rowErrors = (index: number) => ({
    label: fieldErrors[`labels.${index}.label`],
    color: fieldErrors[`labels.${index}.color`],
    value: fieldErrors[`labels.${index}.value`],
    description: fieldErrors[`labels.${index}.description`],
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {status.state === "failed" ? <Alert>{status.message}</Alert> : null}
      <ol className="divide-y divide-line rounded-xl border border-line bg-surface">
        {rows.map((row, index) => (
          <RatingScaleRow
            key={row.key}
            row={row}
            index={index}
            count={rows.length}
            errors={rowErrors(index)}
            canRemove={rows.length > SCALE_MIN}
            onChange={(patch) => change(rows.map((other, at) => (at === index ? { ...other, ...patch } : other)))}
            onMove={(offset) => move(index, offset)}
            onRemove={() => change(rows.filter((_, at) => at !== index))}
          />
        ))}
      </ol>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button type="button" variant="secondary" onClick={add} disabled={rows.length >= SCALE_MAX}>
          <Plus className="size-4" aria-hidden /> Add rating
        </Button>
        <div className="flex items-center gap-3">
          <p role="status" className="text-sm text-muted">
            {status.state === "saved" ? "Saved." : status.state === "saving" ? "Saving…" : ""}
          </p>
          <Button type="submit" disabled={status.state === "saving"}>
            {status.state === "saving" ? "Saving…" : "Save scale"}
          </Button>
        </div>
      </div>
      <p className="text-xs text-muted">
        {SCALE_MIN}–{SCALE_MAX} ratings, truest first. Values feed ClaimReview exports (5 best, 1 worst); 0 means no numeric rating.
        A rating that claims use cannot be removed.
      </p>
    </form>
  );
}
