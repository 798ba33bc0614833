import type { CDPSession, Page } from "@playwright/test";

// Timeline events only (tasks, event dispatch, style, layout, paint, commit): no JS sampling,
// which would slow every keystroke it measures.
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline"];

/** A Chromium trace event, as much of it as the editor bench reads (here and in summarize-trace.ts). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

/** Records a Chromium timeline trace of `phase` through the DevTools protocol. */
export async function recordTimeline<T>(page: Page, phase: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: CATEGORIES }, transferMode: "ReportEvents" });
  try {
    const result = await phase();
    return { result, events };
  } finally {
    await cdp.send("Tracing.end");
    await complete;
    await cdp.detach();
  }
}

/**
 * Per keydown in the trace, in order: the renderer main thread's busy time, in ms, from the start
 * of the keydown's dispatch until the end of the first frame committed after it, that is the
 * handling of the key (keydown, keypress, text input, input, ProseMirror's DOM observer, React)
 * plus the rendering that shows it (style, layout, paint, commit) and anything else that ran in
 * between. Idle time inside that span, such as the wait for the next vsync, is not counted: on
 * this headless, software-composited Chromium that wait alone puts a bare <textarea>'s
 * key-to-paint p95 near a whole 16.7 ms frame.
 */
export function keystrokeBusyMs(events: TraceEvent[]): number[] {
  const thread = keydownThread(events);
  const onThread = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === "X" && event.dur !== undefined);
  const tasks = topLevel(onThread.filter((event) => event.name === "RunTask"));
  const keydowns = onThread.filter(isKeydown).sort((a, b) => a.ts - b.ts);
  const commits = onThread.filter((event) => event.name === "Commit").sort((a, b) => a.ts - b.ts);
  return keydowns.map((keydown) => {
    const commit = commits.find((candidate) => candidate.ts > keydown.ts);
    if (!commit) throw new Error(`no frame was committed after the keydown at ${keydown.ts} µs`);
    const frameTask = tasks.find((task) => task.ts <= commit.ts && commit.ts < task.ts + task.dur!);
    const end = frameTask ? frameTask.ts + frameTask.dur! : commit.ts + commit.dur!;
    const busyUs = tasks.reduce((sum, task) => sum + overlap(task.ts, task.ts + task.dur!, keydown.ts, end), 0);
    return busyUs / 1000;
  });
}

function isKeydown(event: TraceEvent) {
  return event.name === "EventDispatch" && event.args?.data?.type === "keydown";
}

/** The page's main thread: the thread that dispatched the keydowns. */
function keydownThread(events: TraceEvent[]): { pid: number; tid: number } {
  const counts = new Map<string, { pid: number; tid: number; count: number }>();
  for (const event of events) {
    if (!isKeydown(event)) continue;
    const key = `${event.pid}:${event.tid}`;
    const entry = counts.get(key) ?? { pid: event.pid, tid: event.tid, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const busiest = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (!busiest) throw new Error("the trace holds no keydown");
  return busiest;
}

/** Tasks not nested in another (a nested message loop runs tasks inside a task). */
function topLevel(tasks: TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const result: TraceEvent[] = [];
  let coveredUntil = -Infinity;
  for (const task of sorted) {
    if (task.ts < coveredUntil) continue;
    result.push(task);
    coveredUntil = task.ts + task.dur!;
  }
  return result;
}

function overlap(start: number, end: number, from: number, to: number) {
  return Math.max(0, Math.min(end, to) - Math.max(start, from));
}
