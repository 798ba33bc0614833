"use client";

import * as Select from "@radix-ui/react-select";
import { Check, ChevronDown } from "lucide-react";
import { STATUS_LABELS, WORKING_CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/types";
import { FieldError, SECTION_LABEL } from "./panel-section";

/** Where the check stands in the desk's workflow. */
export function StatusField(props: {
  id: string;
  value: ClaimStatus;
  errors?: string[];
  readOnly: boolean;
  onChange(status: ClaimStatus): void;
}) {
  const { id, value, errors, onChange } = props;
  // Submitted, changes requested and approved are reached through the review workflow only.
  const readOnly = props.readOnly || !(WORKING_CLAIM_STATUSES as readonly ClaimStatus[]).includes(value);
  if (readOnly) {
    return (
      <div className="space-y-1">
        <h3 className={SECTION_LABEL}>Status</h3>
        <p className="text-sm text-ink">{STATUS_LABELS[value]}</p>
      </div>
    );
  }
  return (
    <div className="space-y-1.5">
      <span id={`${id}-label`} className={SECTION_LABEL}>
        Status
      </span>
      <Select.Root value={value} onValueChange={(next) => onChange(next as ClaimStatus)}>
        <Select.Trigger
          id={id}
          aria-labelledby={`${id}-label`}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          className="flex h-10 w-full items-center justify-between rounded-md border border-line bg-surface px-3 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
        >
          <Select.Value />
          <Select.Icon>
            <ChevronDown aria-hidden className="size-4 text-muted" />
          </Select.Icon>
        </Select.Trigger>
        <Select.Portal>
          <Select.Content position="popper" sideOffset={4} className="z-50 min-w-(--radix-select-trigger-width) rounded-lg border border-line bg-surface p-1 text-sm shadow-lg">
            <Select.Viewport>
              {WORKING_CLAIM_STATUSES.map((status) => (
                <Select.Item
                  key={status}
                  value={status}
                  className="flex cursor-pointer select-none items-center justify-between gap-2 rounded-md px-2 py-1.5 text-ink outline-none data-[highlighted]:bg-subtle"
                >
                  <Select.ItemText>{STATUS_LABELS[status]}</Select.ItemText>
                  <Select.ItemIndicator>
                    <Check aria-hidden className="size-4 text-accent" />
                  </Select.ItemIndicator>
                </Select.Item>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
