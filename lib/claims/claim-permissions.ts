import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/workspaces/permissions";
import type { ArticleAnnotationView } from "./types";

export type ClaimPermissions = ArticleAnnotationView["permissions"];

// Reviewers annotate too: checking claims is their job, editing the article is not.
const ANNOTATORS: readonly Role[] = ["owner", "editor", "reviewer"];

/** What a workspace role may do on an article's annotation page. */
export function claimPermissions(role: Role): ClaimPermissions {
  return {
    annotate: ANNOTATORS.includes(role),
    editArticle: can(role, "article:edit"),
    manageScale: can(role, "workspace:manage"),
  };
}
