"use client";

import type { FormEvent, ReactNode } from "react";

/**
 * A plain GET form (it works without JavaScript) that also re-runs the search as soon as a
 * select or checkbox changes; text and dates still wait for Enter or the Search button.
 */
export function AutoSubmitForm({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "checkbox")) {
      event.currentTarget.requestSubmit();
    }
  }
  return (
    <form method="get" action={action} role="search" aria-label={label} onChange={onChange}>
      {children}
    </form>
  );
}
