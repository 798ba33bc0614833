import { NotificationBell } from "@/components/notifications/notification-bell";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { WorkspaceAccess } from "@/lib/workspaces/queries";
import { Logo } from "./logo";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

interface AppHeaderProps {
  user: CurrentUser;
  workspace: WorkspaceAccess;
  workspaces: WorkspaceAccess[];
}

/** The one app layout's top bar: brand, workspace switcher, navigation, theme and account. */
export function AppHeader({ user, workspace, workspaces }: AppHeaderProps) {
  return (
    <header className="sticky top-0 z-20 border-b border-line bg-surface/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-[1600px] items-center gap-4 px-6">
        <Logo href={`/w/${workspace.slug}`} />
        <span className="text-line" aria-hidden>
          /
        </span>
        <WorkspaceSwitcher current={workspace} workspaces={workspaces} />
        <nav aria-label="Workspace" className="ml-2 flex items-center gap-1 text-sm">
          <NavLink href={`/w/${workspace.slug}`} also={[`/w/${workspace.slug}/articles`]} exact>
            Articles
          </NavLink>
          <NavLink href={`/w/${workspace.slug}/queue`}>My queue</NavLink>
          <NavLink href={`/w/${workspace.slug}/dashboard`}>Dashboard</NavLink>
          <NavLink href={`/w/${workspace.slug}/search`}>Search</NavLink>
          <NavLink href={`/w/${workspace.slug}/settings`}>Settings</NavLink>
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <NotificationBell />
          <ThemeToggle />
          <UserMenu name={user.name} email={user.email} />
        </div>
      </div>
    </header>
  );
}
