"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/server/run-action";
import { markRead } from "./mark-read";
import { listNotifications } from "./queries";
import { listNotificationsSchema, markReadSchema } from "./schema";

/** The signed-in user's notifications, newest first; returns a NotificationPage. */
export async function listNotificationsAction(input: unknown) {
  const user = await requireUser();
  return runAction(listNotificationsSchema, input ?? {}, (data) => listNotifications(user.id, data));
}

/** Marks the user's notifications read ({ ids } or { all: true }); returns { updated, unread }. */
export async function markNotificationsReadAction(input: unknown) {
  const user = await requireUser();
  return runAction(markReadSchema, input, (data) => markRead(user.id, data));
}
