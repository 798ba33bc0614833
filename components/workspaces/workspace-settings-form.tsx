"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { updateWorkspaceSettingsAction } from "@/lib/workspaces/actions";
import { APPROVALS_MAX, APPROVALS_MIN } from "@/lib/workspaces/schema";

type FieldErrors = Record<string, string[] | undefined>;
type Status = { state: "idle" | "saving" | "saved" } | { state: "failed"; message: string };

interface WorkspaceSettingsFormProps {
  workspaceSlug: string;
  name: string;
  approvalsRequired: number;
}

/** The owner's form for the workspace name and the approvals a verdict needs. */
export function WorkspaceSettingsForm({ workspaceSlug, name, approvalsRequired }: WorkspaceSettingsFormProps) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ state: "idle" });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const approvals = String(form.get("approvalsRequired") ?? "").trim();
    setStatus({ state: "saving" });
    setFieldErrors({});
    const result = await updateWorkspaceSettingsAction({
      workspaceSlug,
      name: String(form.get("name") ?? ""),
      approvalsRequired: approvals === "" ? Number.NaN : Number(approvals),
    });
    if (!result.ok) {
      setFieldErrors(result.fieldErrors ?? {});
      setStatus({ state: "failed", message: result.error });
      return;
    }
    setStatus({ state: "saved" });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5 rounded-xl border border-line bg-surface p-6" noValidate>
      {status.state === "failed" ? <Alert>{status.message}</Alert> : null}
      <Field id="name" label="Workspace name" errors={fieldErrors.name}>
        <Input {...fieldAria("name", fieldErrors.name)} defaultValue={name} maxLength={100} required />
      </Field>
      <Field
        id="approvalsRequired"
        label="Approvals required"
        hint={`How many teammates (never the author) must approve a verdict before it counts: ${APPROVALS_MIN} to ${APPROVALS_MAX}.`}
        errors={fieldErrors.approvalsRequired}
      >
        <Input
          {...fieldAria("approvalsRequired", fieldErrors.approvalsRequired, true)}
          type="number"
          inputMode="numeric"
          min={APPROVALS_MIN}
          max={APPROVALS_MAX}
          step={1}
          defaultValue={approvalsRequired}
          className="w-24"
          required
        />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={status.state === "saving"}>
          {status.state === "saving" ? "Saving…" : "Save settings"}
        </Button>
        {status.state === "saved" ? (
          <p role="status" className="text-sm text-muted">
            Saved.
          </p>
        ) : null}
      </div>
    </form>
  );
}
