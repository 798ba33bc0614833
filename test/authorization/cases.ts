import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor, AuthFixture } from "./fixture";

export type Access =
  /** Workspace data: these roles may, the other roles get FORBIDDEN, non-members NOT_FOUND. */
  | { kind: "roles"; allowed: Role[]; /** Allowed calls must succeed (false when a domain rule may still refuse). */ mustSucceed?: boolean }
  /** Needs no session at all; say why. */
  | { kind: "public"; why: string }
  /**
   * Acts only on the caller's own things (their notifications, their account, their comment);
   * say why. With `othersRefused`, every other member and an outsider must be refused.
   */
  | { kind: "own"; why: string; othersRefused?: boolean };

export interface ActionCase {
  access: Access;
  input(fx: AuthFixture, actor: Actor): unknown;
}

const ANNOTATORS: Role[] = ["owner", "editor", "reviewer"];
const EDITORS: Role[] = ["owner", "editor"];
const EVERY_MEMBER: Role[] = ["owner", "editor", "reviewer", "viewer"];

const ref = (fx: AuthFixture) => ({ workspaceSlug: fx.slug, claimId: fx.claimId });
const versioned = (fx: AuthFixture) => ({ ...ref(fx), version: fx.claimVersion });
const anchorOn = (fx: AuthFixture, quote: string) => {
  const start = [...fx.plainText.slice(0, fx.plainText.indexOf(quote))].length;
  return { exact: quote, prefix: "", suffix: "", start, end: start + [...quote].length };
};
const source = { url: "https://example.org/evidence", title: "Evidence", stance: "context" as const };

/**
 * Every server action, keyed "<module>#<export>", with who may call it and a valid input.
 * The authorization test fails for any action missing here, so a new action cannot ship
 * without its access rule being stated and checked.
 */
export const actionCases: Record<string, ActionCase> = {
  "lib/auth/actions.ts#signUpAction": {
    access: { kind: "public", why: "creating an account is what a signed-out visitor does" },
    input: () => ({ name: "New Person", email: `new.${Date.now()}@example.org`, password: "a long enough password" }),
  },
  "lib/auth/actions.ts#changePasswordAction": {
    access: { kind: "own", why: "changes the caller's own password, after checking their current one" },
    input: () => ({ currentPassword: "the current password", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }),
  },
  "lib/articles/actions.ts#createArticleAction": {
    access: { kind: "roles", allowed: EDITORS, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, title: "New article", text: "Some text." }),
  },
  "lib/import/actions.ts#previewPasteAction": {
    access: { kind: "roles", allowed: EDITORS, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, html: "<p>Pasted text.</p>" }),
  },
  "lib/import/actions.ts#previewUrlAction": {
    // The URL is refused as non-public after authorization; allowed roles reach that check.
    access: { kind: "roles", allowed: EDITORS, mustSucceed: false },
    input: (fx) => ({ workspaceSlug: fx.slug, url: "http://127.0.0.1:9/article" }),
  },
  "lib/rating-scale/actions.ts#updateRatingScaleAction": {
    access: { kind: "roles", allowed: ["owner"], mustSucceed: true },
    input: (fx) => ({
      workspaceSlug: fx.slug,
      labels: [
        { id: fx.labelIds[0], label: "True", color: "#15803d", value: 5 },
        { label: "False", color: "#b91c1c", value: 1 },
      ],
    }),
  },
  "lib/suggestions/actions.ts#listSuggestionsAction": {
    access: { kind: "roles", allowed: EVERY_MEMBER, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, articleId: fx.articleId }),
  },
  "lib/suggestions/actions.ts#runSuggestionsAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, articleId: fx.articleId }),
  },
  "lib/suggestions/actions.ts#acceptSuggestionAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, suggestionId: fx.suggestionId }),
  },
  "lib/suggestions/actions.ts#dismissSuggestionAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, suggestionId: fx.suggestionId }),
  },
  "lib/claims/actions.ts#getClaimAction": { access: { kind: "roles", allowed: EVERY_MEMBER, mustSucceed: true }, input: ref },
  "lib/similar-claims/actions.ts#findSimilarClaimsAction": {
    access: { kind: "roles", allowed: EVERY_MEMBER, mustSucceed: true },
    input: (fx) => ({ ...ref(fx), wording: "Exports doubled in a decade" }),
  },
  "lib/similar-claims/actions.ts#linkClaimAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ ...versioned(fx), relatedClaimId: null }),
  },
  "lib/claims/actions.ts#createClaimAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, articleId: fx.articleId, anchor: anchorOn(fx, "Exports doubled") }),
  },
  "lib/claims/actions.ts#updateClaimAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ ...versioned(fx), patch: { tags: ["economy"] } }),
  },
  "lib/claims/actions.ts#deleteClaimAction": { access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true }, input: ref },
  "lib/claims/actions.ts#restoreClaimAction": { access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true }, input: ref },
  "lib/claims/actions.ts#reattachClaimAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ ...versioned(fx), anchor: anchorOn(fx, "Exports doubled in a decade") }),
  },
  "lib/claims/actions.ts#addSourceAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ ...versioned(fx), source }),
  },
  "lib/claims/actions.ts#updateSourceAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ ...versioned(fx), sourceId: fx.sourceId, source: { ...source, title: "Renamed" } }),
  },
  "lib/claims/actions.ts#removeSourceAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ ...versioned(fx), sourceId: fx.sourceId }),
  },
  "lib/claims/actions.ts#reorderSourcesAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ ...versioned(fx), orderedIds: [fx.sourceId] }),
  },
  "lib/claims/actions.ts#updateArticleAction": {
    access: { kind: "roles", allowed: EDITORS, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, articleId: fx.articleId, version: fx.articleVersion, title: "Corrected title" }),
  },

  // Team
  "lib/workspaces/actions.ts#createWorkspaceAction": {
    access: { kind: "own", why: "creates a new workspace owned by the caller; touches no existing one" },
    input: () => ({ name: "Another desk" }),
  },
  "lib/workspaces/actions.ts#updateWorkspaceSettingsAction": {
    access: { kind: "roles", allowed: ["owner"], mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, name: "Renamed desk", approvalsRequired: 2 }),
  },
  "lib/members/actions.ts#changeMemberRoleAction": {
    access: { kind: "roles", allowed: ["owner"], mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, membershipId: fx.membershipIds.viewer, role: "reviewer" }),
  },
  "lib/members/actions.ts#removeMemberAction": {
    access: { kind: "roles", allowed: ["owner"], mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, membershipId: fx.membershipIds.viewer }),
  },
  "lib/members/actions.ts#leaveWorkspaceAction": {
    // Every member may leave, except the last owner (a domain rule, checked in its own tests).
    access: { kind: "roles", allowed: EVERY_MEMBER, mustSucceed: false },
    input: (fx) => ({ workspaceSlug: fx.slug }),
  },
  "lib/invitations/actions.ts#createInvitationAction": {
    access: { kind: "roles", allowed: ["owner"], mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, email: `new.${Date.now()}@example.org`, role: "reviewer" }),
  },
  "lib/invitations/actions.ts#revokeInvitationAction": {
    access: { kind: "roles", allowed: ["owner"], mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, invitationId: fx.invitationId }),
  },
  "lib/invitations/actions.ts#acceptInvitationAction": {
    access: { kind: "own", why: "gated by the secret token and the invited email address, checked in its own tests" },
    input: () => ({ token: "x".repeat(43) }),
  },

  // Review
  "lib/review/actions.ts#getClaimReviewAction": { access: { kind: "roles", allowed: EVERY_MEMBER, mustSucceed: true }, input: ref },
  "lib/review/actions.ts#submitForReviewAction": {
    // The fixture's claim is already submitted, so allowed roles meet that domain rule.
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: false },
    input: versioned,
  },
  "lib/review/actions.ts#approveClaimAction": { access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true }, input: versioned },
  "lib/review/actions.ts#requestChangesAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ ...versioned(fx), comment: "The date is wrong: check the joint statement." }),
  },
  "lib/review/actions.ts#resolveDisputeAction": {
    // The fixture's claim is not disputed, so allowed roles meet that domain rule.
    access: { kind: "roles", allowed: EDITORS, mustSucceed: false },
    input: (fx) => ({ ...versioned(fx), ratingLabelId: fx.labelIds[1] }),
  },
  "lib/assignments/actions.ts#assignClaimAction": {
    access: { kind: "roles", allowed: EDITORS, mustSucceed: true },
    input: (fx) => ({ ...versioned(fx), assigneeId: fx.members.editor.id }),
  },
  "lib/assignments/actions.ts#assignArticleAction": {
    access: { kind: "roles", allowed: EDITORS, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug, articleId: fx.articleId, assigneeId: fx.members.editor.id }),
  },

  // Comments, history, notifications
  "lib/comments/actions.ts#addCommentAction": {
    access: { kind: "roles", allowed: ANNOTATORS, mustSucceed: true },
    input: (fx) => ({ ...ref(fx), body: "Looks right to me @Owner" }),
  },
  "lib/comments/actions.ts#deleteCommentAction": {
    access: { kind: "own", why: "only a comment's author may delete it", othersRefused: true },
    input: (fx) => ({ workspaceSlug: fx.slug, commentId: fx.commentId }),
  },
  "lib/comments/actions.ts#listCommentsAction": { access: { kind: "roles", allowed: EVERY_MEMBER, mustSucceed: true }, input: ref },
  "lib/comments/actions.ts#listMentionableMembersAction": {
    access: { kind: "roles", allowed: EVERY_MEMBER, mustSucceed: true },
    input: (fx) => ({ workspaceSlug: fx.slug }),
  },
  "lib/history/actions.ts#getClaimHistoryAction": { access: { kind: "roles", allowed: EVERY_MEMBER, mustSucceed: true }, input: ref },
  "lib/notifications/actions.ts#listNotificationsAction": {
    access: { kind: "own", why: "lists the caller's own notifications only" },
    input: () => ({}),
  },
  "lib/notifications/actions.ts#markNotificationsReadAction": {
    access: { kind: "own", why: "marks the caller's own notifications only" },
    input: () => ({ all: true }),
  },
};
