"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createWorkspaceAction } from "@/lib/workspaces/actions";

type FieldErrors = Record<string, string[] | undefined>;

/** Names a new team workspace, creates it and opens it. */
export function CreateWorkspaceDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setFieldErrors({});
    const result = await createWorkspaceAction({ name: String(new FormData(event.currentTarget).get("workspace-name") ?? "") });
    if (!result.ok) {
      setPending(false);
      setError(result.fieldErrors ? null : result.error);
      setFieldErrors({ "workspace-name": result.fieldErrors?.name });
      return;
    }
    // A full navigation, so the header and switcher load with the new workspace in them.
    window.location.assign(`/w/${result.data.slug}`);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Create a team workspace" description="You will be its owner and can invite teammates from its Members page.">
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          {error ? <Alert>{error}</Alert> : null}
          <Field id="workspace-name" label="Workspace name" errors={fieldErrors["workspace-name"]}>
            <Input {...fieldAria("workspace-name", fieldErrors["workspace-name"])} placeholder="e.g. Politics desk" maxLength={100} required autoFocus />
          </Field>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending}>
              {pending ? "Creating…" : "Create workspace"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
