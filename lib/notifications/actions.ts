"use server";

import { runUserAction } from "@/lib/server/run-action";
import { markRead } from "./mark-read";
import { listNotifications } from "./queries";
import { listNotificationsSchema, markReadSchema } from "./schema";

/** The signed-in user's notifications, newest first; returns a NotificationPage. */
export async function listNotificationsAction(input: unknown) {
  return runUserAction(listNotificationsSchema, input ?? {}, (user, data) => listNotifications(user.id, data));
}

/** Marks the user's notifications read ({ ids } or { all: true }); returns { updated, unread }. */
export async function markNotificationsReadAction(input: unknown) {
  return runUserAction(markReadSchema, input, (user, data) => markRead(user.id, data));
}
