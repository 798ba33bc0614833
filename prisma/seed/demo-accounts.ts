import type { Role } from "../../lib/generated/prisma/enums";

// Public demo credentials: printed at start and listed in the README. Only seeded into the
// embedded demo database (or when FACTDESK_SEED_DEMO=true), never into a real server by default.
export const DEMO_PASSWORD = "factdesk-demo-password";

export const demoAccounts: { name: string; email: string; role: Role }[] = [
  { name: "Alice Ortega", email: "alice@demo.factdesk.test", role: "owner" },
  { name: "Bob Mensah", email: "bob@demo.factdesk.test", role: "editor" },
  { name: "Rita Sharma", email: "rita@demo.factdesk.test", role: "reviewer" },
  { name: "Victor Lindqvist", email: "victor@demo.factdesk.test", role: "viewer" },
];

export const DEMO_WORKSPACE = { slug: "demo-newsroom", name: "Demo Newsroom" };
