/** A megabyte and a bit: over every field limit, and over what Next accepts as an action body. */
export const OVERSIZED_STRING = "x".repeat(1_100_000);
export const OVERSIZED_ARRAY_LENGTH = 10_001;

/** Inputs no action accepts: wrong shapes at the top level. */
export const MALFORMED_INPUTS: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["a string", "workspaceSlug=x"],
  ["a number", 42],
  ["an array", [{}]],
  ["an empty object", {}],
];

/**
 * The same field with the wrong type (a number where a string was, an object where a list
 * was...), and text with a NUL character, which Postgres refuses to store or compare.
 */
export function wrongTypesFor(value: unknown): unknown[] {
  if (typeof value === "string") return [12345, { $ne: null }, ["a"], `${value}\u0000`];
  if (typeof value === "number") return ["12", Number.NaN, { value }];
  if (typeof value === "boolean") return ["true", 1];
  if (Array.isArray(value)) return ["not a list", { 0: value[0] }];
  if (value && typeof value === "object") return ["not an object", [value]];
  return [];
}

/** The same field far too large: a huge string, or a huge list of its first element. */
export function oversizedFor(value: unknown): unknown | undefined {
  if (typeof value === "string") return OVERSIZED_STRING;
  if (Array.isArray(value)) return Array.from({ length: OVERSIZED_ARRAY_LENGTH }, () => value[0] ?? "x");
  return undefined;
}

type Path = (string | number)[];

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

function leaves(value: unknown, path: Path = [], depth = 0): [Path, unknown][] {
  const here: [Path, unknown][] = path.length ? [[path, value]] : [];
  if (depth >= 4) return here;
  if (Array.isArray(value)) return value.length ? [...here, ...leaves(value[0], [...path, 0], depth + 1)] : here;
  if (value && typeof value === "object") {
    return [...here, ...Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key], depth + 1))];
  }
  return here;
}

/**
 * Every field of a valid input, nested ones included (objects, and the first item of lists),
 * replaced in turn by a wrongly typed and an oversized value.
 */
export function hostileVariants(valid: unknown): [string, unknown][] {
  return leaves(valid).flatMap(([path, value]) => {
    const name = path.join(".");
    const variants: [string, unknown][] = wrongTypesFor(value).map((wrong) => [`${name} = ${JSON.stringify(wrong)?.slice(0, 30)}`, setAt(valid, path, wrong)]);
    const huge = oversizedFor(value);
    if (huge !== undefined) variants.push([`an oversized ${name}`, setAt(valid, path, huge)]);
    return variants;
  });
}
