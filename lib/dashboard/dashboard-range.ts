const DAY_MS = 86_400_000;

/** The UTC day of a time, as YYYY-MM-DD. */
export function utcDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/**
 * The half-open time interval [start, end) covering the inclusive UTC days from..to, and every
 * day in it. `to` before `from` gives an empty range rather than an error: the caller validates.
 */
export function dashboardRange(from: Date, to: Date) {
  const start = new Date(`${utcDay(from)}T00:00:00.000Z`);
  const last = new Date(`${utcDay(to)}T00:00:00.000Z`);
  const end = new Date(Math.max(start.getTime(), last.getTime() + DAY_MS));
  const days: string[] = [];
  for (let time = start.getTime(); time < end.getTime(); time += DAY_MS) days.push(utcDay(new Date(time)));
  return { start, end, days };
}
