type FieldErrors = Record<string, string[] | undefined>;

/**
 * Server field errors keyed by the form's own field names. The action's zod paths may be nested
 * ("patch.normalizedText", "source.url"); the last segment is the field the user sees.
 */
export function pickFieldErrors<F extends string>(
  fieldErrors: FieldErrors | undefined,
  fields: readonly F[],
): Partial<Record<F, string[]>> {
  const picked: Partial<Record<F, string[]>> = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const field = path.split(".").filter((part) => !/^\d+$/.test(part)).pop() as F | undefined;
    if (!field || !fields.includes(field) || !messages?.length) continue;
    picked[field] = [...(picked[field] ?? []), ...messages];
  }
  return picked;
}
