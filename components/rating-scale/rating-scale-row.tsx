"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export interface ScaleRow {
  /** Stable React key; new rows have no id until saved. */
  key: string;
  id?: string;
  label: string;
  color: string;
  value: string;
  description: string;
}

type RowField = "label" | "color" | "value" | "description";

interface RatingScaleRowProps {
  row: ScaleRow;
  index: number;
  count: number;
  errors: Partial<Record<RowField, string[]>>;
  canRemove: boolean;
  onChange(patch: Partial<ScaleRow>): void;
  onMove(offset: -1 | 1): void;
  onRemove(): void;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** One editable rating: colour (picker and hex), name, numeric value, description, and its moves. */
export function RatingScaleRow({ row, index, count, errors, canRemove, onChange, onMove, onRemove }: RatingScaleRowProps) {
  const name = row.label.trim() || `rating ${index + 1}`;
  const id = (field: RowField) => `rating-${row.key}-${field}`;
  const aria = (field: RowField) => ({
    id: id(field),
    "aria-invalid": errors[field]?.length ? true : undefined,
    "aria-describedby": errors[field]?.length ? `${id(field)}-error` : undefined,
  });
  return (
    <li className="space-y-2 px-4 py-4">
      <fieldset className="grid gap-3 sm:grid-cols-[auto_minmax(0,1fr)_6rem_auto] sm:items-start">
        <legend className="sr-only">Rating {index + 1} of {count}</legend>
        <div className="flex items-center gap-2">
          <input
            type="color"
            value={HEX.test(row.color) ? row.color.toLowerCase() : "#000000"}
            onChange={(event) => onChange({ color: event.target.value })}
            aria-label={`Colour of ${name}`}
            className="h-10 w-10 cursor-pointer rounded-md border border-line bg-surface p-1"
          />
          <Input {...aria("color")} value={row.color} onChange={(event) => onChange({ color: event.target.value })} aria-label={`Hex colour of ${name}`} className="w-24 font-mono" maxLength={7} />
        </div>
        <Input {...aria("label")} value={row.label} onChange={(event) => onChange({ label: event.target.value })} aria-label={`Name of rating ${index + 1}`} placeholder="Name" maxLength={80} />
        <Input {...aria("value")} type="number" inputMode="numeric" min={0} max={100} step={1} value={row.value} onChange={(event) => onChange({ value: event.target.value })} aria-label={`Numeric value of ${name}`} />
        <div className="flex gap-1">
          <Button type="button" variant="ghost" size="sm" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move ${name} up`}>
            <ArrowUp className="size-4" aria-hidden />
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move ${name} down`}>
            <ArrowDown className="size-4" aria-hidden />
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={onRemove} disabled={!canRemove} aria-label={`Remove ${name}`} className="text-danger">
            <Trash2 className="size-4" aria-hidden />
          </Button>
        </div>
        <Input
          {...aria("description")}
          value={row.description}
          onChange={(event) => onChange({ description: event.target.value })}
          aria-label={`Description of ${name}`}
          placeholder="What this rating means (optional)"
          className="sm:col-span-3 sm:col-start-2"
          maxLength={1000}
        />
      </fieldset>
      {(Object.keys(errors) as RowField[]).map((field) =>
        errors[field]?.length ? (
          <p key={field} id={`${id(field)}-error`} role="alert" className="text-sm text-danger">
            {errors[field]!.join(" ")}
          </p>
        ) : null,
      )}
    </li>
  );
}
