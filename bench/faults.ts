// `npm run bench -- faults`: the load benchmark's 50 annotators, paced as in its headline
// scenario (a think time of 600–1400 ms after each answer: bench/load/think-time.ts), while
// Postgres is stopped and started again (same data folder and port) in the middle of the run,
// under the running server.
// Requests during the outage must fail fast with a retryable answer (action code UNAVAILABLE,
// or 503 + Retry-After from route handlers), the server must recover on its own, and no
// acknowledged write may be lost.
import { log } from "./lib/log";
import { printResult, printTable } from "./lib/report";
import { round } from "./lib/stats";
import { describeCounts, failuresByKind, latency, requestsPerSecond, retryable, succeeded } from "./load/figures";
import { runLoad } from "./load/run-load";
import { ANNOTATOR_THINK_TIME } from "./load/think-time";

// LOAD_ANNOTATORS / LOAD_DURATION_S shorten a run for a quick check; the figures are for 50 and 60.
const ANNOTATORS = Number(process.env.LOAD_ANNOTATORS) || 50;
const DURATION_S = Number(process.env.LOAD_DURATION_S) || 60;
const OUTAGE_AFTER_MS = 20_000;
const DOWN_MS = 5_000;
// A request unanswered this long counts as hung. The app's own limits are below it (connect 5 s,
// statement and transaction 15 s, query 20 s: lib/database/pool-limits.ts); on a loaded machine
// ordinary answers can take several seconds, so a tighter bound would measure the machine.
const HANG_LIMIT_S = 30;

export async function main() {
  let outage: { downAt: number; upAt: number } | undefined;
  const {
    phases: [{ output, writes }],
    peakRssMb,
  } = await runLoad({
    annotators: ANNOTATORS,
    timeoutS: HANG_LIMIT_S,
    phases: [
      {
        name: "paced",
        durationS: DURATION_S,
        thinkTime: ANNOTATOR_THINK_TIME,
        duringLoad: async (app, startedAt) => {
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + OUTAGE_AFTER_MS - Date.now())));
          log("stopping Postgres under load");
          outage = await app.restartDatabase(DOWN_MS);
          log(`Postgres is back after ${outage.upAt - outage.downAt} ms`);
        },
      },
    ],
  });
  if (!outage) throw new Error("the outage did not happen (the load ended first?)");
  const { downAt, upAt } = outage;
  const { requests } = output;
  const failed = requests.filter((record) => !succeeded(record) && record.code !== "CONFLICT");
  // Failures that overlap the outage: sent before Postgres came back, answered after it went down.
  const duringOutage = failed.filter((record) => record.sentAt <= upAt && record.sentAt + record.ms >= downAt);
  const notRetryable = duringOutage.filter((record) => !retryable(record));
  const firstSuccessAfter = requests
    .filter((record) => succeeded(record) && record.kind !== "poll" && record.sentAt >= upAt)
    .reduce((first, record) => Math.min(first, record.sentAt + record.ms), Number.POSITIVE_INFINITY);
  const recoverMs = Number.isFinite(firstSuccessAfter) ? firstSuccessAfter - upAt : Number.NaN;
  const failedAfterRecovery = failed.filter((record) => record.sentAt > firstSuccessAfter).length;
  const failedAfterReady = failed.filter((record) => record.sentAt > upAt).length;
  const errors5xx = requests.filter((record) => record.status >= 500 && record.status !== 503).length;
  const all = latency(requests);
  const outageLatency = latency(requests.filter((record) => record.sentAt <= upAt && record.sentAt + record.ms >= downAt));
  const hung = requests.filter((record) => record.status === 0).length;
  log(`failures during the outage: ${describeCounts(failuresByKind(duringOutage))}`);
  log(`failures over the whole run: ${describeCounts(failuresByKind(failed))}`);

  printTable([
    { figure: "outage window (stop → ready)", value: upAt - downAt, unit: "ms", note: `Postgres stopped ${round((downAt - output.startedAt) / 1000)} s into the run` },
    { figure: "failed during the outage", value: duringOutage.length, unit: "", note: describeCounts(failuresByKind(duringOutage)) },
    { figure: "  of which not retryable", value: notRetryable.length, unit: "", target: { op: "<=", limit: 0 }, note: "anything but UNAVAILABLE / 503" },
    { figure: "max latency during the outage", value: outageLatency.max, unit: "ms", note: `p95 ${outageLatency.p95} ms` },
    { figure: "max latency, whole run", value: all.max, unit: "ms", note: `p95 ${all.p95} ms` },
    { figure: `hung requests (no answer in ${HANG_LIMIT_S} s)`, value: hung, unit: "", target: { op: "<=", limit: 0 } },
    { figure: "time to recover (ready → first saved write answered)", value: round(recoverMs, 0), unit: "ms", note: "mostly the answer time under load" },
    { figure: "failures sent after Postgres was ready", value: failedAfterReady, unit: "", note: "no restart or warm-up of the app needed" },
    { figure: "failures after the first saved write", value: failedAfterRecovery, unit: "", target: { op: "<=", limit: 0 } },
    { figure: "5xx other than 503", value: errors5xx, unit: "", target: { op: "<=", limit: 0 } },
    { figure: "requests per second", value: requestsPerSecond(output), unit: "req/s", note: `${requests.length} requests` },
    { figure: "acknowledged writes", value: writes.acked, unit: "" },
    { figure: "lost writes", value: writes.lost, unit: "", target: { op: "<=", limit: 0 } },
    { figure: "server peak RSS", value: peakRssMb === undefined ? undefined : round(peakRssMb, 0), unit: "MB" },
  ]);
  printResult("faults", {
    annotators_count: ANNOTATORS,
    duration_s: DURATION_S,
    outage_window_ms: upAt - downAt,
    failed_during_outage_count: duringOutage.length,
    unavailable_answers_count: duringOutage.filter((record) => record.code === "UNAVAILABLE").length,
    route_503_count: duringOutage.filter((record) => record.status === 503).length,
    not_retryable_failures_count: notRetryable.length,
    outage_max_latency_ms: outageLatency.max,
    latency_max_ms: all.max,
    hung_requests_count: hung,
    recover_ms: round(recoverMs, 0),
    failed_after_ready_count: failedAfterReady,
    failed_after_recovery_count: failedAfterRecovery,
    errors_5xx_count: errors5xx,
    requests_per_s: requestsPerSecond(output),
    acked_writes_count: writes.acked,
    lost_writes_count: writes.lost,
    peak_rss_mb: peakRssMb === undefined ? undefined : round(peakRssMb, 0),
  });
}
