import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { formatCount } from "./format";

/**
 * A count that opens the claims behind it. `label` names what is counted for screen readers
 * ("Approved claims in Economy: 12"), since the digits alone mean nothing out of context.
 */
export function NumberLink({ value, href, label, className }: { value: number; href: string; label: string; className?: string }) {
  return (
    <Link href={href} className={cn("tabular-nums underline-offset-4 hover:text-accent hover:underline", className)} aria-label={`${label.charAt(0).toUpperCase()}${label.slice(1)}: ${formatCount(value)}`}>
      {formatCount(value)}
    </Link>
  );
}
