// The shape of the large synthetic dataset (`npm run seed:large`) and the account benchmarks
// sign in with. Every member shares the owner's password; the data is synthetic and local.

export const LARGE_DATASET = {
  workspaceSlug: "large-newsroom",
  workspaceName: "Large Newsroom",
  members: 200,
  articles: 50_000,
  claims: 1_000_000,
  /** History spans this many days back from the moment of seeding. */
  days: 730,
} as const;

/** The owner account benchmarks sign in as. */
export const LARGE_OWNER = {
  email: "owner@large.factdesk.test",
  name: "Olivia Owner",
  password: "factdesk-large-password",
} as const;

/** Name the workspace carries while seeding; the final name marks a complete dataset. */
export const SEEDING_WORKSPACE_NAME = `${LARGE_DATASET.workspaceName} (seeding…)`;
