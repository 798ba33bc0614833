import type { Role } from "@/lib/generated/prisma/enums";

/** A member who can be @mentioned in a comment. */
export interface MentionableMember {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** A live comment as the thread shows it. */
export interface CommentDTO {
  id: string;
  claimId: string;
  /** Exactly as posted; render as text, never as HTML. */
  body: string;
  author: { id: string; name: string };
  /** The members the comment mentions, resolved when it was posted. */
  mentions: { id: string; name: string; email: string }[];
  /** ISO timestamp. */
  createdAt: string;
  /** Whether the user asking may delete it (its author). */
  canDelete: boolean;
}
