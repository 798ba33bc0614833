"use client";

import { useEffect, useState } from "react";
import { Textarea } from "@/components/ui/input";
import { NORMALIZED_TEXT_MAX } from "@/lib/claims/schema";
import { FieldError, SECTION_LABEL } from "./panel-section";

const same = (a: string, b: string) => a.trim() === b.trim();

/** "Claim checked": the claim reworded as the checkable statement. Saves after a pause in typing. */
export function NormalizedTextField(props: {
  id: string;
  value: string | null;
  errors?: string[];
  readOnly: boolean;
  onChange(value: string | null): void;
  onBlur(): void;
}) {
  const { id, value, errors, readOnly, onChange, onBlur } = props;
  // The textarea keeps its own draft: the server may trim what it stores, and replacing the text
  // with that while someone types would eat the space they just typed.
  const [draft, setDraft] = useState(value ?? "");
  useEffect(() => {
    setDraft((current) => (same(current, value ?? "") ? current : (value ?? "")));
  }, [value]);

  if (readOnly) {
    return (
      <div className="space-y-1">
        <h3 className={SECTION_LABEL}>Claim checked</h3>
        <p className="text-sm text-ink">{value || <span className="text-muted">Same as quoted.</span>}</p>
      </div>
    );
  }
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={SECTION_LABEL}>
        Claim checked <span className="font-normal normal-case tracking-normal">(optional)</span>
      </label>
      <Textarea
        id={id}
        rows={3}
        value={draft}
        placeholder="The claim as a checkable statement"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : `${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value.trim() ? event.target.value : null);
        }}
        onBlur={onBlur}
      />
      {errors?.length ? null : (
        <p id={`${id}-hint`} className="text-xs text-muted">
          Reword it when the quote is vague or partial.
          {draft.length > NORMALIZED_TEXT_MAX * 0.8 ? ` ${draft.trim().length} of ${NORMALIZED_TEXT_MAX} characters.` : null}
        </p>
      )}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
