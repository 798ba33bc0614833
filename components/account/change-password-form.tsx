"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { changePasswordAction } from "@/lib/auth/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schema";

type FieldErrors = Record<string, string[] | undefined>;
type Status = { state: "idle" | "saving" | "saved" } | { state: "failed"; message: string };

/** Current password, new password and its confirmation; other sessions end on success. */
export function ChangePasswordForm({ email }: { email: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ state: "idle" });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    };
    setStatus({ state: "saving" });
    setFieldErrors({});
    const result = await changePasswordAction(input);
    if (!result.ok) {
      setFieldErrors(result.fieldErrors ?? {});
      setStatus({ state: "failed", message: result.error });
      return;
    }
    // The change ended every session, this one too: sign in again with the new password.
    const signedIn = await signIn("credentials", { email, password: input.newPassword, redirect: false });
    if (!signedIn?.ok) {
      window.location.assign(`/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname)}`);
      return;
    }
    formRef.current?.reset();
    setStatus({ state: "saved" });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5 rounded-xl border border-line bg-surface p-6" noValidate>
      <div>
        <h2 className="text-base font-semibold">Change password</h2>
        <p className="text-sm text-muted">Changing it signs you out on every other browser and device.</p>
      </div>
      {status.state === "failed" ? <Alert>{status.message}</Alert> : null}
      {status.state === "saved" ? (
        <Alert tone="info">Password changed. Every other session has been signed out.</Alert>
      ) : null}
      <Field id="currentPassword" label="Current password" errors={fieldErrors.currentPassword}>
        <Input {...fieldAria("currentPassword", fieldErrors.currentPassword)} type="password" autoComplete="current-password" required />
      </Field>
      <Field
        id="newPassword"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
        errors={fieldErrors.newPassword}
      >
        <Input
          {...fieldAria("newPassword", fieldErrors.newPassword, true)}
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          required
        />
      </Field>
      <Field id="confirmPassword" label="Confirm new password" errors={fieldErrors.confirmPassword}>
        <Input {...fieldAria("confirmPassword", fieldErrors.confirmPassword)} type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" disabled={status.state === "saving"}>
        {status.state === "saving" ? "Changing password…" : "Change password"}
      </Button>
    </form>
  );
}
