"use client";

import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { SOURCE_STANCES, type SourceDTO } from "@/lib/claims/types";
import type { SourceInput } from "./claim-actions";
import type { SaveResult } from "./claim-save-queue";
import { pickFieldErrors } from "./field-errors";
import { SOURCE_FIELDS, parseSourceForm, sourceFormValues, type SourceField, type SourceFieldErrors } from "./source-form-values";
import { STANCE_LABELS } from "./stance-badge";

/** Adds a source or edits one. The form stays open, with everything typed, until the server accepts it. */
export function SourceForm(props: { source?: SourceDTO; onSubmit(source: SourceInput): Promise<SaveResult>; onDone(): void }) {
  const { source, onSubmit, onDone } = props;
  const prefix = useId();
  const [values, setValues] = useState(() => sourceFormValues(source));
  const [fieldErrors, setFieldErrors] = useState<SourceFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const fieldId = (field: SourceField) => `${prefix}-${field}`;
  const set = (field: SourceField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    const parsed = parseSourceForm(values);
    setError(null);
    if (!parsed.ok) {
      setFieldErrors(parsed.fieldErrors);
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await onSubmit(parsed.source);
    setPending(false);
    if (result.ok) return onDone();
    setFieldErrors(pickFieldErrors(result.fieldErrors, SOURCE_FIELDS));
    setError(result.error);
  }

  const aria = (field: SourceField, hint = false) => ({ ...fieldAria(fieldId(field), fieldErrors[field], hint), name: field });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={source ? `Edit source ${source.title}` : "Add a source"}
      className="space-y-3 rounded-lg border border-line bg-canvas p-3"
    >
      {error ? <Alert>{error}</Alert> : null}
      <Field id={fieldId("url")} label="Address (URL)" errors={fieldErrors.url}>
        <Input {...aria("url")} value={values.url} onChange={set("url")} type="url" inputMode="url" placeholder="https://" required autoFocus />
      </Field>
      <Field id={fieldId("title")} label="Title" errors={fieldErrors.title}>
        <Input {...aria("title")} value={values.title} onChange={set("title")} required />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id={fieldId("publisher")} label="Publisher" errors={fieldErrors.publisher}>
          <Input {...aria("publisher")} value={values.publisher} onChange={set("publisher")} />
        </Field>
        <Field id={fieldId("publishedAt")} label="Date" errors={fieldErrors.publishedAt}>
          <Input {...aria("publishedAt")} value={values.publishedAt} onChange={set("publishedAt")} type="date" />
        </Field>
      </div>
      <Field id={fieldId("excerpt")} label="Excerpt" hint="The passage that matters, quoted." errors={fieldErrors.excerpt}>
        <Textarea {...aria("excerpt", true)} value={values.excerpt} onChange={set("excerpt")} rows={3} className="font-serif" />
      </Field>
      <fieldset aria-describedby={fieldErrors.stance ? `${fieldId("stance")}-error` : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-ink">Stance</legend>
        <div className="flex flex-wrap gap-3">
          {SOURCE_STANCES.map((stance) => (
            <label key={stance} className="flex items-center gap-1.5 text-sm text-ink">
              <input
                type="radio"
                name={`${prefix}-stance`}
                value={stance}
                checked={values.stance === stance}
                onChange={set("stance")}
                className="accent-(--accent)"
              />
              {STANCE_LABELS[stance]}
            </label>
          ))}
        </div>
        {fieldErrors.stance ? (
          <p id={`${fieldId("stance")}-error`} role="alert" className="mt-1 text-sm text-danger">
            {fieldErrors.stance.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="flex justify-end gap-2">
        <Button type="button" size="sm" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : source ? "Save source" : "Add source"}
        </Button>
      </div>
    </form>
  );
}
