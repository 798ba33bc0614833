"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
      <title>Something went wrong · Factdesk</title>
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted">
        The page could not be loaded. Your saved work is safe. Try again, and if it keeps happening,
        tell your workspace owner.
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
