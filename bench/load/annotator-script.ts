// What one simulated annotator does, whichever driver paces it: the next request of the loop
// create claim → edit → add source → edit → poll the bell, and what to make of its answer (the
// claim's new version for the next edit, the acknowledged write for the lost-writes check).
import { sentenceAnchor } from "./article-text";
import type { AckedWrite, RequestKind, RequestRecord, WorkerConfig } from "./load-protocol";
import { actionBody, actionHeaders, parseActionResult } from "./server-action";

type ActionAnswer = { ok: true; data: { id: string; version: number } } | { ok: false; code?: string; error: string } | undefined;

export interface PlannedRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** What every annotator of one worker writes into (the worker's output). */
export interface ScriptSink {
  records: RequestRecord[];
  acked: AckedWrite[];
  unparsed: number;
  /** Distinct action error messages already printed, so a failing run says why once. */
  seenErrors: Set<string>;
}

export function annotatorScript(config: WorkerConfig, annotator: WorkerConfig["annotators"][number], index: number, sink: ScriptSink) {
  const page = `/w/${config.workspaceSlug}/articles/${annotator.articleId}`;
  const state = { claim: null as { id: string; version: number } | null, count: 0, sentAt: 0, kind: "poll" as RequestKind, marker: undefined as string | undefined };

  const action = (kind: RequestKind, id: string, argument: unknown, marker?: string): PlannedRequest => {
    Object.assign(state, { kind, marker, sentAt: Date.now() });
    return { method: "POST", path: page, headers: actionHeaders(config.baseUrl, id, annotator.cookie), body: actionBody(argument) };
  };
  const poll = (): PlannedRequest => {
    Object.assign(state, { kind: "poll", marker: undefined, sentAt: Date.now() });
    return { method: "GET", path: "/api/notifications/unread", headers: { cookie: annotator.cookie }, body: undefined };
  };
  const create = () => {
    const sentence = config.sentences[(index + state.count) % config.sentences.length];
    const anchor = sentenceAnchor(config.plainText, sentence);
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

  /** Records the answer to the request planned last; returns the record (its timing may be refined). */
  const answered = (status: number, body: string): RequestRecord => {
    const record: RequestRecord = { kind: state.kind, sentAt: state.sentAt, ms: Date.now() - state.sentAt, status };
    if (state.kind !== "poll" && status >= 200 && status < 300) {
      const answer = parseActionResult(body) as ActionAnswer;
      if (!answer || typeof answer.ok !== "boolean") {
        sink.unparsed++;
        record.code = "UNREADABLE";
      } else if (answer.ok) {
        state.claim = { id: answer.data.id, version: answer.data.version };
        sink.acked.push({ kind: state.kind as AckedWrite["kind"], claimId: answer.data.id, version: answer.data.version, marker: state.marker });
      } else {
        record.code = answer.code ?? "ERROR";
        if (!sink.seenErrors.has(answer.error)) {
          sink.seenErrors.add(answer.error);
          process.stderr.write(`› ${state.kind} answered ${record.code}: ${answer.error}\n`);
        }
        // A stale version (an earlier answer lost) or a vanished claim: start a new claim.
        if (answer.code === "CONFLICT" || answer.code === "NOT_FOUND") state.claim = null;
      }
    }
    if (status >= 500 && process.env.LOAD_DEBUG) process.stderr.write(`${state.kind} ${status}: ${body.slice(0, 300)}\n`);
    sink.records.push(record);
    return record;
  };

  /** A request that got no answer (timeout or socket error). */
  const unanswered = () => sink.records.push({ kind: state.kind, sentAt: state.sentAt, ms: Date.now() - state.sentAt, status: 0 });

  return { steps: [create, update, addSource, update, poll], answered, unanswered };
}
