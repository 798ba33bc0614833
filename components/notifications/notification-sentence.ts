import type { NotificationKind } from "@/lib/generated/prisma/enums";

const SENTENCES: Record<NotificationKind, string> = {
  assigned: "assigned you a claim",
  review_requested: "asked you to review a claim",
  changes_requested: "requested changes on your claim",
  approved: "approved your verdict",
  mentioned: "mentioned you in a comment",
};

/** "Alice mentioned you in a comment". */
export function notificationSentence(kind: NotificationKind, actorName: string | null): string {
  return `${actorName ?? "Someone"} ${SENTENCES[kind] ?? "sent you a notification"}`;
}
