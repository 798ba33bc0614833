import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/navigation/safe-return-path";

export const metadata: Metadata = { title: "Create an account" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl, process.env.NEXTAUTH_URL);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">Create your account</h1>
        <p className="text-sm text-muted">You get a personal workspace; teammates can invite you to theirs.</p>
      </div>
      <SignUpForm returnTo={returnTo} />
      <p className="text-center text-sm text-muted">
        Already have an account?{" "}
        <Link href={`/sign-in${returnTo !== "/" ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ""}`} className="font-medium text-accent underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
