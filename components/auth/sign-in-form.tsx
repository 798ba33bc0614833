"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { isShowableSignInError } from "@/lib/auth/sign-in-messages";

interface SignInFormProps {
  returnTo: string;
  providers: { id: string; name: string }[];
  oauthError: boolean;
}

// One message for unknown email and wrong password alike, so the form never reveals which
// addresses have accounts.
const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";

// next-auth passes the server's message in `error`: a spent rate limit ("Too many sign-in
// attempts. Try again in 12 minutes.") is shown as is; anything unexpected stays generic.
function signInErrorMessage(error: string | null | undefined): string {
  if (error === "CredentialsSignin") return WRONG_CREDENTIALS;
  if (error && isShowableSignInError(error)) return error;
  return "Sign-in failed. Please try again.";
}

export function SignInForm({ returnTo, providers, oauthError }: SignInFormProps) {
  const [error, setError] = useState<string | null>(oauthError ? "Sign-in with that provider failed. Try again." : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result?.ok) {
      setPending(false);
      setError(signInErrorMessage(result?.error));
      return;
    }
    // A full navigation: the client router may hold pages prefetched while signed out.
    window.location.assign(returnTo);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error ? <Alert>{error}</Alert> : null}
        <Field id="email" label="Email">
          <Input {...fieldAria("email")} type="email" autoComplete="email" required autoFocus />
        </Field>
        <Field id="password" label="Password">
          <Input {...fieldAria("password")} type="password" autoComplete="current-password" required />
        </Field>
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {providers.length > 0 ? (
        <div className="space-y-2 border-t border-line pt-4">
          {providers.map((provider) => (
            <Button
              key={provider.id}
              variant="secondary"
              className="w-full"
              onClick={() => signIn(provider.id, { callbackUrl: returnTo })}
            >
              Continue with {provider.name}
            </Button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
