import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ThemeProvider } from "@/components/theme/theme-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdesk", template: "%s · Factdesk" },
  description: "Fact-check annotation workspace for newsroom teams.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy's per-request CSP nonce, for next-themes' inline script (Next adds it to its own).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* zod 4 probes `new Function` when it builds a schema, to compile fast parsers; under the
            CSP (no 'unsafe-eval') the probe fails harmlessly but is reported as a violation.
            Set before any bundle runs, so browsers skip it; the server keeps compiled parsers. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: "globalThis.__zod_globalConfig={jitless:true};" }} />
      </head>
      <body className="min-h-screen">
        <ThemeProvider nonce={nonce}>{children}</ThemeProvider>
      </body>
    </html>
  );
}
