import { inject } from "vitest";

// lib/db.ts reads DATABASE_URL when first imported; point it at the run's throw-away database.
process.env.DATABASE_URL = inject("databaseUrl");
