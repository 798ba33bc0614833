import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { WorkspaceAccess } from "./queries";

interface Prefetched {
  userId: string;
  slug: string;
  access: WorkspaceAccess | null;
  taken: boolean;
}

const current = new AsyncLocalStorage<Prefetched>();

/**
 * Runs `fn` with the membership a server action's session check already read (lib/auth/current-user
 * reads the user and their membership of the action's workspace in one query), so that the
 * action's own check (findMemberWorkspace) need not read it again.
 */
export function withPrefetchedMembership<T>(userId: string, slug: string, access: WorkspaceAccess | null, fn: () => Promise<T>): Promise<T> {
  return current.run({ userId, slug, access, taken: false }, fn);
}

/**
 * The prefetched membership when it is for this user and workspace, once: a later read in the same
 * action (after the action changed memberships, say) goes to the database. `undefined` when there
 * is none to take.
 */
export function takePrefetchedMembership(userId: string, slug: string): WorkspaceAccess | null | undefined {
  const prefetched = current.getStore();
  if (!prefetched || prefetched.taken || prefetched.userId !== userId || prefetched.slug !== slug) return undefined;
  prefetched.taken = true;
  return prefetched.access;
}
