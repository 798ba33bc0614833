"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { RoleSelect } from "@/components/members/role-select";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createInvitationAction } from "@/lib/invitations/actions";
import type { CreatedInvitation } from "@/lib/invitations/create-invitation";
import { ROLE_DESCRIPTIONS } from "@/lib/workspaces/permissions";
import { InvitationLink } from "./invitation-link";

type FieldErrors = Record<string, string[] | undefined>;

/** The owner invites an email address with a role and gets the link to send. */
export function InviteForm({ workspaceSlug }: { workspaceSlug: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [role, setRole] = useState("reviewer");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setError(null);
    setFieldErrors({});
    setCreated(null);
    const result = await createInvitationAction({ workspaceSlug, email: String(new FormData(form).get("invite-email") ?? ""), role });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors({ "invite-email": result.fieldErrors?.email, "invite-role": result.fieldErrors?.role });
      return;
    }
    form.reset();
    setCreated(result.data);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error ? <Alert>{error}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-[1fr_auto_auto] sm:items-start">
          <Field id="invite-email" label="Email" errors={fieldErrors["invite-email"]}>
            <Input {...fieldAria("invite-email", fieldErrors["invite-email"])} type="email" autoComplete="off" placeholder="name@example.org" required />
          </Field>
          <Field id="invite-role" label="Role" errors={fieldErrors["invite-role"]}>
            <RoleSelect {...fieldAria("invite-role", fieldErrors["invite-role"])} value={role} onChange={(event) => setRole(event.target.value)} className="w-36" />
          </Field>
          <Button type="submit" className="sm:mt-7" disabled={pending}>
            {pending ? "Inviting…" : "Send invitation"}
          </Button>
        </div>
        <p className="text-xs text-muted">
          <span className="font-medium capitalize">{role}</span> — {ROLE_DESCRIPTIONS[role as keyof typeof ROLE_DESCRIPTIONS].toLowerCase()}.
        </p>
      </form>
      {created ? <InvitationLink invitation={created} /> : null}
    </div>
  );
}
