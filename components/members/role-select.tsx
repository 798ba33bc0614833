import type { SelectHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";
import { ROLES } from "@/lib/workspaces/permissions";

/** A native select of the workspace roles, styled like the text inputs. */
export function RoleSelect({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      className={cn(
        "h-10 rounded-md border border-line bg-surface px-2 text-sm text-ink capitalize focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 disabled:opacity-60 aria-[invalid=true]:border-danger",
        className,
      )}
      {...props}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {role}
        </option>
      ))}
    </select>
  );
}
