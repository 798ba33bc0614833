"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** Signs out and comes back to the invitation through sign-in, to accept it as the invited address. */
export function SwitchAccountButton({ returnTo }: { returnTo: string }) {
  return (
    <Button variant="secondary" className="w-full" onClick={() => signOut({ callbackUrl: `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` })}>
      Sign out and use another account
    </Button>
  );
}
