"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from "@/components/ui/menu";

export function UserMenu({ name, email }: { name: string; email: string }) {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <Menu>
      <MenuTrigger
        className="inline-flex size-8 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-ink"
        aria-label={`Account menu for ${name}`}
      >
        {initials}
      </MenuTrigger>
      <MenuContent align="end">
        <MenuLabel>
          <span className="block text-sm font-medium text-ink">{name}</span>
          <span className="block font-normal">{email}</span>
        </MenuLabel>
        <MenuSeparator />
        <MenuItem onSelect={() => signOut({ callbackUrl: "/sign-in" })}>
          <LogOut className="size-4" aria-hidden /> Sign out
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
