import { z } from "zod";

const optionalString = z.string().trim().optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must be a postgresql:// connection URL");

/** Every environment variable the app reads; `.env.example` documents each one. */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  NEXTAUTH_URL: z.url("must be an absolute URL such as http://localhost:3000").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  FACTDESK_DATA_DIR: z.string().min(1).default(".data"),
  FACTDESK_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  FACTDESK_SEED_DEMO: z.enum(["true", "false"]).optional(),
  GITHUB_ID: optionalString,
  GITHUB_SECRET: optionalString,
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  FACTDESK_URL_IMPORT_ALLOW_HOSTS: optionalString,
  SMTP_URL: z.string().trim().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  SMTP_FROM: optionalString,
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|[1-9])$/, 'must be "true", "false" or the number of proxies in front of the app (1-9)')
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses an environment; the error names each bad variable and what is wrong with it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty value (`DATABASE_URL=` copied from .env.example) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
}

let cached: Env | undefined;

/** The validated process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
