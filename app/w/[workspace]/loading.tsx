export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-48 animate-pulse rounded bg-subtle" />
      <div className="h-4 w-72 animate-pulse rounded bg-subtle" />
      <div className="space-y-2 pt-4">
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="h-12 animate-pulse rounded-md bg-subtle" />
        ))}
      </div>
    </div>
  );
}
