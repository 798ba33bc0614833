/** The invisible character Postgres refuses in text; a value holding it cannot be saved or looked up. */
export const NUL_MESSAGE = "This text contains an invisible NUL character (\\0), which cannot be saved. Remove it and try again.";

/**
 * The path ("sources.0.title") of the first string in `value` that contains a NUL character, or
 * null. Postgres rejects such text with an error that would otherwise surface as a 500.
 */
export function findNulCharacter(value: unknown, path: (string | number)[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "form" : null;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key].join(".");
    const found = findNulCharacter(child, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}
