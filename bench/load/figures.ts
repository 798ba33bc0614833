import { percentile, round } from "../lib/stats";
import type { RequestKind, RequestRecord, WorkerOutput } from "./load-protocol";

/** Answered 2xx and, for actions, { ok: true }. */
export const succeeded = (record: RequestRecord) => record.status >= 200 && record.status < 300 && !record.code;

/** A failure a client may simply retry: the typed UNAVAILABLE action answer or a 503. */
export const retryable = (record: RequestRecord) => record.code === "UNAVAILABLE" || record.status === 503;

export function latency(records: RequestRecord[], kind?: RequestKind) {
  const samples = records.filter((record) => record.status > 0 && (!kind || record.kind === kind)).map((record) => record.ms);
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), p99: round(percentile(samples, 99)), max: round(Math.max(...samples)) };
}

export function requestsPerSecond(output: WorkerOutput) {
  return round(output.requests.length / ((output.endedAt - output.startedAt) / 1000));
}

/** "409: 3, UNAVAILABLE: 12, no answer: 1" — failures by HTTP status, or by action code on a 2xx. */
export function failuresByKind(records: RequestRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) {
    if (succeeded(record)) continue;
    const key = record.status === 0 ? "no answer" : record.code ? `action ${record.code}` : `HTTP ${record.status}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([key, count]) => `${key}: ${count}`)
    .join(", ") || "none";
