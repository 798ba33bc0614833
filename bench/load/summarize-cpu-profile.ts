// `npx tsx bench/load/summarize-cpu-profile.ts <file.cpuprofile> [rows]`: the top functions of a
// V8 CPU profile (from BENCH_SERVER_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=…") by self time and
// by inclusive time, and the share of time per package, to see where a request's time goes.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error("usage: summarize-cpu-profile.ts <file.cpuprofile> [rows]");
const rows = Number(rowsArg) || 25;
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const selfUs = new Map<number, number>();
profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));

const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const short = url.replace(/^.*node_modules\//, "~/").replace(/^.*\.next[^/]*\//, "build/").replace(/^file:\/\/.*\/work\/main\//, "");
  return `${functionName || "(anonymous)"} ${short}:${lineNumber + 1}`;
};
const pkg = (node: ProfileNode) => {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const module = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (module) return module[1];
  if (url.startsWith("node:")) return "node:*";
  return url.includes("/chunks/") ? "app chunks" : url.replace(/^.*\/work\/main\//, "");
};

const total = [...selfUs.values()].reduce((sum, us) => sum + us, 0);
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id)!;
  self.set(label(node), (self.get(label(node)) ?? 0) + us);
  packages.set(pkg(node), (packages.get(pkg(node)) ?? 0) + us);
  // Each function once per stack, however often it recurses.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at)!);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  }
}

const print = (title: string, table: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name.slice(0, 160)}`);
  }
};
console.log(`profile: ${(total / 1e6).toFixed(1)} s sampled`);
print("self time by package", packages);
print("self time by function", self);
print("inclusive time by function", inclusive);
