// `npm run bench -- load`: 50 signed-in annotators create and edit claims and sources for 60 s
// against the production server, driven by autocannon from a second process; afterwards every
// acknowledged write is looked up in the database.
import { log } from "./lib/log";
import { printResult, printTable } from "./lib/report";
import { round } from "./lib/stats";
import { describeCounts, failuresByKind, latency, requestsPerSecond } from "./load/figures";
import { runLoad } from "./load/run-load";

// LOAD_ANNOTATORS / LOAD_DURATION_S shorten a run for a quick check; the figures are for 50 and 60.
const ANNOTATORS = Number(process.env.LOAD_ANNOTATORS) || 50;
const DURATION_S = Number(process.env.LOAD_DURATION_S) || 60;

export async function main() {
  const { output, writes, peakRssMb } = await runLoad({ annotators: ANNOTATORS, durationS: DURATION_S, timeoutS: 30 });
  const { requests } = output;
  const all = latency(requests);
  const save = latency(requests, "update");
  const failures = failuresByKind(requests);
  const errors5xx = requests.filter((record) => record.status >= 500).length;
  log(`failures: ${describeCounts(failures)}; unreadable action answers: ${output.unparsed}`);

  printTable([
    { figure: "requests per second", value: requestsPerSecond(output), unit: "req/s", note: `${requests.length} requests, ${ANNOTATORS} annotators, ${DURATION_S} s` },
    { figure: "latency p50 / p95", value: all.p50, unit: "ms", note: `p95 ${all.p95} ms` },
    { figure: "latency p99", value: all.p99, unit: "ms", note: `max ${all.max} ms` },
    { figure: "claim save p95 (updateClaimAction)", value: save.p95, unit: "ms", target: { op: "<", limit: 25 }, note: `p50 ${save.p50}, p99 ${save.p99}` },
    { figure: "create claim p95", value: latency(requests, "create").p95, unit: "ms" },
    { figure: "add source p95", value: latency(requests, "source").p95, unit: "ms" },
    { figure: "bell poll p95 (route handler)", value: latency(requests, "poll").p95, unit: "ms" },
    { figure: "5xx answers", value: errors5xx, unit: "", target: { op: "<=", limit: 0 } },
    { figure: "other failures", value: Object.values(failures).reduce((sum, count) => sum + count, 0) - errors5xx, unit: "", note: describeCounts(failures) },
    { figure: "acknowledged writes", value: writes.acked, unit: "" },
    { figure: "lost writes", value: writes.lost, unit: "", target: { op: "<=", limit: 0 } },
    { figure: "server peak RSS", value: peakRssMb === undefined ? undefined : round(peakRssMb, 0), unit: "MB" },
  ]);
  printResult("load", {
    annotators_count: ANNOTATORS,
    duration_s: DURATION_S,
    requests_count: requests.length,
    requests_per_s: requestsPerSecond(output),
    latency_p50_ms: all.p50,
    latency_p95_ms: all.p95,
    latency_p99_ms: all.p99,
    latency_max_ms: all.max,
    claim_save_p50_ms: save.p50,
    claim_save_p95_ms: save.p95,
    claim_save_p99_ms: save.p99,
    create_claim_p95_ms: latency(requests, "create").p95,
    add_source_p95_ms: latency(requests, "source").p95,
    poll_p95_ms: latency(requests, "poll").p95,
    errors_count: Object.values(failures).reduce((sum, count) => sum + count, 0),
    errors_5xx_count: errors5xx,
    errors_by_kind: describeCounts(failures),
    unparsed_answers_count: output.unparsed,
    acked_writes_count: writes.acked,
    lost_writes_count: writes.lost,
    peak_rss_mb: peakRssMb === undefined ? undefined : round(peakRssMb, 0),
  });
}
