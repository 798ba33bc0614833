import type { ReactNode } from "react";
import { NavLink } from "@/components/shell/nav-link";

type Params = Promise<{ workspace: string }>;

/** Workspace settings: one sub-navigation for its pages. */
export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { workspace } = await params;
  const base = `/w/${workspace}/settings`;
  return (
    <div className="mx-auto grid max-w-6xl gap-8 py-2 md:grid-cols-[12rem_minmax(0,1fr)]">
      <nav aria-label="Settings" className="flex flex-col gap-1 text-sm">
        <NavLink href={base} exact>
          General
        </NavLink>
        <NavLink href={`${base}/members`}>Members</NavLink>
        <NavLink href={`${base}/rating-scale`}>Rating scale</NavLink>
        <NavLink href={`${base}/backup`}>Backup and restore</NavLink>
        <NavLink href={`${base}/account`}>Account</NavLink>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
