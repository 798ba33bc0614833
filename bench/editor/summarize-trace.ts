// `npx tsx bench/editor/summarize-trace.ts <name.trace.json> [tasks]`: where the page's main thread
// spent a recorded phase of the editor benchmark (BENCH_EDITOR_PROFILE_DIR): self time by trace
// event (script, style, layout, paint…) over all tasks, and the longest tasks each with its own
// split, to tell what a slow click or keystroke was doing.
import { readFileSync } from "node:fs";
import type { TraceEvent } from "./trace-keystrokes";

const [file, tasksArg] = process.argv.slice(2);
if (!file) throw new Error("usage: summarize-trace.ts <name.trace.json> [tasks]");
const shownTasks = Number(tasksArg) || 12;
const { traceEvents } = JSON.parse(readFileSync(file, "utf8")) as { traceEvents: TraceEvent[] };

// The page's main thread: the renderer main thread that ran the most task time.
const mainThreads = traceEvents.filter((event) => event.ph === "M" && event.name === "thread_name" && event.args?.name === "CrRendererMain");
const busiest = mainThreads
  .map((thread) => ({
    thread,
    busyUs: traceEvents.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === "RunTask").reduce((sum, event) => sum + (event.dur ?? 0), 0),
  }))
  .sort((a, b) => b.busyUs - a.busyUs)[0]?.thread;
if (!busiest) throw new Error("no renderer main thread in the trace");

const events = traceEvents
  .filter((event) => event.pid === busiest.pid && event.tid === busiest.tid && event.ph === "X" && event.dur !== undefined)
  .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);

// Self time of each event: its duration minus its children's (events nest on one thread).
interface Node {
  event: TraceEvent;
  selfUs: number;
  task: Node | null;
}
const nodes: Node[] = [];
const stack: Node[] = [];
for (const event of events) {
  while (stack.length && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= event.ts) stack.pop();
  const parent = stack.at(-1);
  const node: Node = { event, selfUs: event.dur!, task: parent ? (parent.task ?? parent) : null };
  if (parent) parent.selfUs -= event.dur!;
  nodes.push(node);
  stack.push(node);
}

const label = (event: TraceEvent) => {
  const data = event.args?.data;
  if (event.name === "EventDispatch" && data?.type) return `EventDispatch ${data.type}`;
  if (event.name === "FunctionCall" && data?.functionName) return `FunctionCall ${data.functionName}`;
  return event.name;
};
const addTo = (table: Map<string, number>, key: string, us: number) => table.set(key, (table.get(key) ?? 0) + us);
const print = (table: Map<string, number>, rows: number, indent = "") => {
  for (const [name, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    if (us < 100) continue;
    console.log(`${indent}${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
  }
};

const overall = new Map<string, number>();
const perTask = new Map<Node, Map<string, number>>();
for (const node of nodes) {
  addTo(overall, node.event.name, Math.max(0, node.selfUs));
  const task = node.task ?? node;
  const split = perTask.get(task) ?? new Map<string, number>();
  addTo(split, label(node.event), Math.max(0, node.selfUs));
  perTask.set(task, split);
}

const tasks = nodes.filter((node) => node.task === null);
const busyUs = tasks.reduce((sum, node) => sum + node.event.dur!, 0);
console.log(`${tasks.length} tasks, ${(busyUs / 1000).toFixed(0)} ms busy on the main thread`);
console.log("\nself time by event over all tasks");
print(overall, 20);
console.log(`\nthe ${shownTasks} longest tasks (start in ms from the first task)`);
const start = tasks[0]?.event.ts ?? 0;
for (const task of [...tasks].sort((a, b) => b.event.dur! - a.event.dur!).slice(0, shownTasks)) {
  console.log(`\n${(task.event.dur! / 1000).toFixed(1)} ms task at ${((task.event.ts - start) / 1000).toFixed(0)} ms`);
  print(perTask.get(task)!, 8, "  ");
}
