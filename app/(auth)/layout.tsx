import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-8 px-4 py-12">
      <Logo />
      <div className="w-full max-w-sm rounded-xl border border-line bg-surface p-6 shadow-sm sm:p-8">{children}</div>
      <p className="max-w-sm text-center text-xs text-muted">
        Factdesk is an open-source workspace for checking claims in news articles, with review by a teammate
        before a verdict counts.
      </p>
    </main>
  );
}
