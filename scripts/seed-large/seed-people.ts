import type pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { DEFAULT_RATING_SCALE } from "../../lib/rating-scale/default-rating-scale";
import { LARGE_DATASET, LARGE_OWNER, SEEDING_WORKSPACE_NAME } from "./large-dataset";
import { memberName } from "./sentence-pool";

/** Members by index: 0 the owner, then editors, reviewers and viewers. */
export const MEMBER_ROLES = { editorsUpTo: 129, reviewersUpTo: 179 } as const;
/** Members 0..129 annotate (owner and editors); 0..179 review (and reviewers). */
export const ANNOTATORS = MEMBER_ROLES.editorsUpTo + 1;
export const REVIEWERS = MEMBER_ROLES.reviewersUpTo + 1;

/**
 * The workspace (named as still seeding), its members (one shared argon2id hash of the owner's
 * documented password) and the default rating scale; fills the temp tables seed_member and
 * seed_label that the claim steps join against. Returns the workspace id.
 */
export async function seedPeople(client: pg.Client, since: Date): Promise<string> {
  const workspaceId = "lws_large_newsroom";
  const passwordHash = await hashPassword(LARGE_OWNER.password);
  await client.query(
    `INSERT INTO "Workspace" ("id", "slug", "name", "personal", "approvalsRequired", "createdAt", "updatedAt") VALUES ($1, $2, $3, false, 1, $4, now())`,
    [workspaceId, LARGE_DATASET.workspaceSlug, SEEDING_WORKSPACE_NAME, since],
  );
  const indexes = Array.from({ length: LARGE_DATASET.members }, (_, index) => index);
  const roleOf = (index: number) => (index === 0 ? "owner" : index <= MEMBER_ROLES.editorsUpTo ? "editor" : index <= MEMBER_ROLES.reviewersUpTo ? "reviewer" : "viewer");
  await client.query(
    `CREATE TEMP TABLE seed_member AS
     SELECT idx, 'lus_' || lpad(idx::text, 3, '0') AS user_id, role, name,
            CASE WHEN idx = 0 THEN $3 ELSE 'member' || lpad(idx::text, 3, '0') || '@large.factdesk.test' END AS email
     FROM unnest($1::int[], $2::text[], $4::text[]) AS t(idx, role, name)`,
    [indexes, indexes.map(roleOf), LARGE_OWNER.email, indexes.map((index) => (index === 0 ? LARGE_OWNER.name : memberName(index)))],
  );
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "createdAt", "updatedAt")
     SELECT user_id, email, name, $1, $2, $2 FROM seed_member`,
    [passwordHash, since],
  );
  await client.query(
    `INSERT INTO "Membership" ("id", "workspaceId", "userId", "role", "createdAt")
     SELECT 'lms_' || lpad(idx::text, 3, '0'), $1, user_id, role::"Role", $2 FROM seed_member`,
    [workspaceId, since],
  );
  await client.query(
    `CREATE TEMP TABLE seed_label AS
     SELECT pos - 1 AS pos, 'llb_' || (pos - 1) AS id, label, color, value, description
     FROM unnest($1::text[], $2::text[], $3::int[], $4::text[]) WITH ORDINALITY AS t(label, color, value, description, pos)`,
    [DEFAULT_RATING_SCALE.map((l) => l.label), DEFAULT_RATING_SCALE.map((l) => l.color), DEFAULT_RATING_SCALE.map((l) => l.value), DEFAULT_RATING_SCALE.map((l) => l.description)],
  );
  await client.query(
    `INSERT INTO "RatingLabel" ("id", "workspaceId", "label", "color", "value", "position", "description", "createdAt", "updatedAt")
     SELECT id, $1, label, color, value, pos, description, $2, $2 FROM seed_label`,
    [workspaceId, since],
  );
  return workspaceId;
}
