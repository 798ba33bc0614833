import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 px-6 text-center">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted">
        This page does not exist, or it belongs to a workspace you are not a member of.
      </p>
      <Link href="/" className="text-accent underline underline-offset-4">
        Back to your workspace
      </Link>
    </main>
  );
}
