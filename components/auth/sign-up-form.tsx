"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signUpAction } from "@/lib/auth/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schema";

type FieldErrors = Record<string, string[] | undefined>;

export function SignUpForm({ returnTo }: { returnTo: string }) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setPending(true);
    setError(null);
    setFieldErrors({});
    const result = await signUpAction(input);
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      setFieldErrors(result.fieldErrors ?? {});
      return;
    }
    const signedIn = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    if (!signedIn?.ok) {
      window.location.assign("/sign-in");
      return;
    }
    // A full navigation: the client router may hold pages prefetched while signed out.
    window.location.assign(returnTo !== "/" ? returnTo : `/w/${result.data.workspaceSlug}`);
  }

  const hint = `At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert>{error}</Alert> : null}
      <Field id="name" label="Name" errors={fieldErrors.name}>
        <Input {...fieldAria("name", fieldErrors.name)} autoComplete="name" required autoFocus />
      </Field>
      <Field id="email" label="Email" errors={fieldErrors.email}>
        <Input {...fieldAria("email", fieldErrors.email)} type="email" autoComplete="email" required />
      </Field>
      <Field id="password" label="Password" hint={hint} errors={fieldErrors.password}>
        <Input
          {...fieldAria("password", fieldErrors.password, true)}
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          required
        />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
