import { defineConfig } from "prisma/config";

// process.env with a fallback: prisma's env() throws when DATABASE_URL is unset, which would
// break `prisma generate` on a fresh install where the app uses its embedded Postgres.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/factdesk" },
});
