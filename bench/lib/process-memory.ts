import { readFileSync } from "node:fs";
import { descendants } from "./process-tree";

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
