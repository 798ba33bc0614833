import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";

export const TEST_PASSWORD = "correct horse battery staple";

/** A fresh user with a personal workspace; every test makes its own so tests never collide. */
export async function createTestUser(name = "Test Checker") {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomBytes(4).toString("hex")}@example.org`;
  return createUser({ name, email, password: TEST_PASSWORD });
}

/** Adds a user to a workspace with a role. */
export async function addMember(workspaceId: string, userId: string, role: Role) {
  return db.membership.create({ data: { workspaceId, userId, role } });
}
