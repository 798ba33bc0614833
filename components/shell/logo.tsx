import { BadgeCheck } from "lucide-react";
import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} prefetch={false} className="inline-flex items-center gap-2 font-semibold tracking-tight text-ink">
      <BadgeCheck className="size-6 text-accent" aria-hidden />
      <span className="text-lg">Factdesk</span>
    </Link>
  );
}
