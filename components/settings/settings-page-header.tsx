import Link from "next/link";
import type { ReactNode } from "react";

interface SettingsPageHeaderProps {
  workspace: { slug: string; name: string };
  /** The page's name in the breadcrumb (defaults to the title). */
  crumb?: string;
  title: string;
  children: ReactNode;
}

/** Breadcrumb, title and one-line description shared by the workspace settings pages. */
export function SettingsPageHeader({ workspace, crumb, title, children }: SettingsPageHeaderProps) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={`/w/${workspace.slug}`} className="hover:text-ink hover:underline">
          {workspace.name}
        </Link>
        <span aria-hidden> / </span>
        <span className="text-ink">{crumb ?? title}</span>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="text-sm text-muted">{children}</p>
      </div>
    </>
  );
}
