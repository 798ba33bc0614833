import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/navigation/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl, process.env.NEXTAUTH_URL);
  if (await getCurrentUser()) redirect(returnTo);
  const oauthError = typeof params.error === "string" && params.error !== "CredentialsSignin";
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">Sign in to Factdesk</h1>
        <p className="text-sm text-muted">Welcome back. Your team&apos;s claims are waiting.</p>
      </div>
      <SignInForm returnTo={returnTo} providers={enabledOAuthProviders()} oauthError={oauthError} />
      <p className="text-center text-sm text-muted">
        New here?{" "}
        <Link href={`/sign-up${returnTo !== "/" ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ""}`} className="font-medium text-accent underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
