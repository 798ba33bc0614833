"use client";

import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from "@/components/ui/menu";
import { CreateWorkspaceDialog } from "@/components/workspaces/create-workspace-dialog";
import type { WorkspaceAccess } from "@/lib/workspaces/queries";

interface WorkspaceSwitcherProps {
  current: WorkspaceAccess;
  workspaces: WorkspaceAccess[];
}

export function WorkspaceSwitcher({ current, workspaces }: WorkspaceSwitcherProps) {
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Menu>
        <MenuTrigger
          className="inline-flex max-w-72 items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-subtle"
          aria-label={`Workspace: ${current.name}. Switch workspace`}
        >
          <span className="truncate">{current.name}</span>
          <span className="rounded bg-subtle px-1.5 py-0.5 text-xs font-normal capitalize text-muted">{current.role}</span>
          <ChevronsUpDown className="size-4 text-muted" aria-hidden />
        </MenuTrigger>
        <MenuContent align="start">
          <MenuLabel>Your workspaces</MenuLabel>
          {workspaces.map((workspace) => (
            <MenuItem key={workspace.id} asChild>
              <Link href={`/w/${workspace.slug}`}>
                <Check className={workspace.id === current.id ? "size-4 text-accent" : "size-4 opacity-0"} aria-hidden />
                <span className="flex-1 truncate">{workspace.name}</span>
                <span className="text-xs capitalize text-muted">{workspace.role}</span>
              </Link>
            </MenuItem>
          ))}
          <MenuSeparator />
          <MenuItem onSelect={() => setCreating(true)}>
            <Plus className="size-4" aria-hidden /> Create workspace
          </MenuItem>
        </MenuContent>
      </Menu>
      <CreateWorkspaceDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
