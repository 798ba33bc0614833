// What the benchmark process and its load worker exchange (through JSON files and IPC).

export type RequestKind = "create" | "update" | "source" | "poll";

export interface WorkerConfig {
  baseUrl: string;
  workspaceSlug: string;
  durationS: number;
  /** A request unanswered this long counts as hung (autocannon's timeout). */
  timeoutS: number;
  /**
   * Each annotator waits a think time drawn uniformly from [minMs, maxMs] after every answer (the
   * paced scenario). Absent: a closed loop with no think time through autocannon (saturation).
   */
  thinkTime?: { minMs: number; maxMs: number };
  actionIds: { create: string; update: string; addSource: string };
  annotators: { cookie: string; articleId: string }[];
  sentences: { start: number; end: number }[];
  plainText: string;
}

export interface RequestRecord {
  kind: RequestKind;
  /** Epoch ms when the request went out. */
  sentAt: number;
  ms: number;
  /** HTTP status; 0 when no answer came (timeout or socket error). */
  status: number;
  /** The ActionResult's error code, for actions answered { ok: false }. */
  code?: string;
}

/** A write the server acknowledged (2xx with { ok: true }); it must be in the database afterwards. */
export interface AckedWrite {
  kind: "create" | "update" | "source";
  claimId: string;
  version: number;
  /** The unique text this write stored: normalizedText for updates, the URL for sources. */
  marker?: string;
}

export interface WorkerOutput {
  startedAt: number;
  endedAt: number;
  requests: RequestRecord[];
  acked: AckedWrite[];
  /** Action answers that could not be read (a changed wire format would show here). */
  unparsed: number;
}
