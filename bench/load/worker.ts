// The load generator, run in its own process (forked by run-load.ts) so that its CPU use is not
// the server's: one autocannon instance per signed-in annotator, each with one connection that
// loops create claim → edit → add source → edit → poll the bell, for the configured time.
import { readFileSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import type { AckedWrite, RequestKind, RequestRecord, WorkerConfig, WorkerOutput } from "./load-protocol";
import { actionBody, actionHeaders, parseActionResult } from "./server-action";

type ActionAnswer = { ok: true; data: { id: string; version: number } } | { ok: false; code?: string; error: string } | undefined;

const [configFile, outputFile] = process.argv.slice(2);
const config = JSON.parse(readFileSync(configFile, "utf8")) as WorkerConfig;
const records: RequestRecord[] = [];
const acked: AckedWrite[] = [];
let unparsed = 0;
const seenErrors = new Set<string>();

function annotatorLoad(annotator: WorkerConfig["annotators"][number], index: number) {
  const page = `/w/${config.workspaceSlug}/articles/${annotator.articleId}`;
  const state = { claim: null as { id: string; version: number } | null, count: 0, sentAt: 0, kind: "poll" as RequestKind, marker: undefined as string | undefined, last: null as RequestRecord | null };

  const action = (kind: RequestKind, id: string, argument: unknown, marker?: string) => {
    Object.assign(state, { kind, marker, sentAt: Date.now() });
    return { method: "POST" as const, path: page, headers: actionHeaders(config.baseUrl, id, annotator.cookie), body: actionBody(argument) };
  };
  const poll = () => {
    Object.assign(state, { kind: "poll", marker: undefined, sentAt: Date.now() });
    return { method: "GET" as const, path: "/api/notifications/unread", headers: { cookie: annotator.cookie }, body: undefined };
  };
  const create = () => {
    const sentence = config.sentences[(index + state.count) % config.sentences.length];
    const anchor = {
      exact: config.plainText.slice(sentence.start, sentence.end),
      prefix: config.plainText.slice(Math.max(0, sentence.start - 32), sentence.start),
      suffix: config.plainText.slice(sentence.end, sentence.end + 32),
      ...sentence,
    };
    return action("create", config.actionIds.create, { workspaceSlug: config.workspaceSlug, articleId: annotator.articleId, anchor });
  };
  const update = () => {
    if (!state.claim) return poll();
    const marker = `Checked by annotator ${index}, edit ${++state.count}`;
    const patch = { normalizedText: marker, tags: [`batch-${state.count % 5}`], status: "in_progress" };
    return action("update", config.actionIds.update, { workspaceSlug: config.workspaceSlug, claimId: state.claim.id, version: state.claim.version, patch }, marker);
  };
  const addSource = () => {
    if (!state.claim) return poll();
    const marker = `https://example.org/load/${index}/${++state.count}`;
    const source = { url: marker, title: `Report ${state.count}`, stance: "supports" };
    return action("source", config.actionIds.addSource, { workspaceSlug: config.workspaceSlug, claimId: state.claim.id, version: state.claim.version, source }, marker);
  };

  const onResponse = (status: number, body: string) => {
    const record: RequestRecord = { kind: state.kind, sentAt: state.sentAt, ms: Date.now() - state.sentAt, status };
    if (state.kind !== "poll" && status >= 200 && status < 300) {
      const answer = parseActionResult(body) as ActionAnswer;
      if (!answer || typeof answer.ok !== "boolean") {
        unparsed++;
        record.code = "UNREADABLE";
      }
      else if (answer.ok) {
        state.claim = { id: answer.data.id, version: answer.data.version };
        acked.push({ kind: state.kind as AckedWrite["kind"], claimId: answer.data.id, version: answer.data.version, marker: state.marker });
      } else {
        record.code = answer.code ?? "ERROR";
        // Each distinct message once, so a failing run says why.
        if (!seenErrors.has(answer.error)) {
          seenErrors.add(answer.error);
          process.stderr.write(`› ${state.kind} answered ${record.code}: ${answer.error}\n`);
        }
        // A stale version (an earlier answer lost) or a vanished claim: start a new claim.
        if (answer.code === "CONFLICT" || answer.code === "NOT_FOUND") state.claim = null;
      }
    }
    if (status >= 500 && process.env.LOAD_DEBUG) process.stderr.write(`${state.kind} ${status}: ${body.slice(0, 300)}\n`);
    records.push(record);
    state.last = record;
  };

  let instance!: autocannon.Instance;
  const finished = new Promise<void>((resolve, reject) => {
    instance = autocannon(
      {
        url: config.baseUrl,
        connections: 1,
        duration: config.durationS,
        timeout: config.timeoutS,
        // Spread over the defaults autocannon hands in (host, port), which Next checks against Origin.
        requests: [create, update, addSource, update, poll].map((setup) => ({ setupRequest: (defaults: object) => ({ ...defaults, ...setup() }), onResponse })),
      },
      (error) => (error ? reject(error) : resolve()),
    );
  });
  // autocannon's own timing of the response, taken from the socket, replaces the rough one.
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    if (state.last) Object.assign(state.last, { ms: responseTime, sentAt: Date.now() - responseTime });
    state.last = null;
  });
  instance.on("reqError", () => records.push({ kind: state.kind, sentAt: state.sentAt, ms: Date.now() - state.sentAt, status: 0 }));
  return finished;
}

async function run() {
  const startedAt = Date.now();
  process.send?.({ type: "started", at: startedAt });
  await Promise.all(config.annotators.map((annotator, index) => annotatorLoad(annotator, index)));
  const output: WorkerOutput = { startedAt, endedAt: Date.now(), requests: records, acked, unparsed };
  writeFileSync(outputFile, JSON.stringify(output));
}

run().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
