import type { ReactNode } from "react";
import { cn } from "./cn";

/** A form-level message: errors are announced to screen readers as they appear. */
export function Alert({ tone = "danger", children }: { tone?: "danger" | "info"; children: ReactNode }) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn(
        "rounded-md border px-3 py-2 text-sm",
        tone === "danger" ? "border-danger/40 bg-danger/10 text-danger" : "border-line bg-subtle text-ink",
      )}
    >
      {children}
    </div>
  );
}
