import { readdirSync, readFileSync } from "node:fs";

/**
 * Peak resident memory (VmHWM) of a process and its descendants, in MB, summed; undefined where
 * /proc is missing (not Linux) or the process is gone.
 */
export function peakRssMb(pid: number): number | undefined {
  try {
    const pids = [pid, ...descendants(pid)];
    const kb = pids.reduce((sum, each) => sum + (readStatusKb(each, "VmHWM") ?? 0), 0);
    return kb > 0 ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function readStatusKb(pid: number, field: string): number | undefined {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the name (field 2) may contain spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.shift()!;
    for (const [child, parent] of parents) if (parent === current) found.push(child), queue.push(child);
  }
  return found;
}
