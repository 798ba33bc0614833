import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";

/** The invitation page's frame: the brand and one centred card, like the sign-in pages. */
export function InvitationCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-8 px-4 py-12">
      <Logo />
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-line bg-surface p-6 shadow-sm sm:p-8">
        <h1 className="text-xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
