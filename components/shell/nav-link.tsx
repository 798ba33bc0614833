"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A navigation link marked as current when its section is open. */
export function NavLink(props: { href: string; exact?: boolean; also?: string[]; children: ReactNode; className?: string }) {
  const { href, exact, also = [], children, className } = props;
  const pathname = usePathname();
  const within = (base: string) => pathname === base || pathname.startsWith(`${base}/`);
  const current = (exact ? pathname === href : within(href)) || also.some(within);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn(
        "rounded-md px-3 py-1.5 text-muted hover:bg-subtle hover:text-ink",
        current && "bg-subtle font-medium text-ink",
        className,
      )}
    >
      {children}
    </Link>
  );
}
