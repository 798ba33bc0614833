import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentDTO } from "./types";

export const commentInclude = { author: { select: { id: true, name: true } } } satisfies Prisma.CommentInclude;

type CommentRow = Prisma.CommentGetPayload<{ include: typeof commentInclude }>;

/** A comment row as `viewerId` sees it; `people` must include everyone it mentions. */
export function toCommentDTO(comment: CommentRow, people: readonly { id: string; name: string; email: string }[], viewerId: string): CommentDTO {
  const byId = new Map(people.map((person) => [person.id, person]));
  return {
    id: comment.id,
    claimId: comment.claimId,
    body: comment.body,
    author: comment.author,
    mentions: comment.mentionIds.flatMap((id) => {
      const person = byId.get(id);
      return person ? [{ id: person.id, name: person.name, email: person.email }] : [];
    }),
    createdAt: comment.createdAt.toISOString(),
    canDelete: comment.authorId === viewerId,
  };
}
