import * as Label from "@radix-ui/react-label";
import type { ReactNode } from "react";

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}

/** A labelled form field with its hint and error messages wired for screen readers. */
export function Field({ id, label, hint, errors, children }: FieldProps) {
  return (
    <div className="space-y-1.5">
      <Label.Root htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </Label.Root>
      {children}
      {hint && !errors?.length ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** aria attributes an input needs to point at its Field's hint or error. */
export function fieldAria(id: string, errors?: string[], hint?: boolean) {
  const invalid = Boolean(errors?.length);
  return {
    id,
    name: id,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}
