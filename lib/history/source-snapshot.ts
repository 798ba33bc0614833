/** How a source is named in its claim's history: enough to say which one, not the whole row. */
export function sourceSnapshot(source: { id: string; title: string; url: string; stance?: string }) {
  return { id: source.id, title: source.title, url: source.url, ...(source.stance ? { stance: source.stance } : {}) };
}
