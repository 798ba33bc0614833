const PATTERN = /^[a-z0-9_]+$/;

/** Why `name` cannot name a migration folder, or null when it can. */
export function migrationNameProblem(name: string): string | null {
  if (PATTERN.test(name)) return null;
  return `Invalid migration name ${JSON.stringify(name)}: use lowercase letters, digits and underscores only (e.g. add_article_tags).`;
}
