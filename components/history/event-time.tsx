import { formatAbsolute, formatRelative } from "./format-time";

/** When something happened: relative, then absolute, in one machine-readable <time>. */
export function EventTime({ iso }: { iso: string }) {
  const absolute = formatAbsolute(iso);
  return (
    <time dateTime={iso} title={absolute} className="text-xs text-muted">
      {formatRelative(iso)} · {absolute}
    </time>
  );
}
