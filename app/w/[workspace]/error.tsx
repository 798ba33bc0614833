"use client";

import { Button } from "@/components/ui/button";

export default function WorkspaceError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md space-y-4 py-16 text-center">
      <title>Something went wrong · Factdesk</title>
      <h1 className="text-xl font-semibold">This page could not be loaded</h1>
      <p className="text-muted">Your saved work is safe. Check your connection and try again.</p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
