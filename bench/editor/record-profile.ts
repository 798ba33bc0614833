import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { log } from "../lib/log";

// Only the main thread's own work: tasks, script, style, layout, paint (no screenshots).
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing"];

/**
 * Runs `phase` and, when BENCH_EDITOR_PROFILE_DIR is set, records it through the Chrome DevTools
 * Protocol: a JS CPU profile (`<name>.cpuprofile`, for bench/load/summarize-cpu-profile.ts) and a
 * timeline trace (`<name>.trace.json`, for bench/editor/summarize-trace.ts, or DevTools'
 * Performance panel). Recording slows the page, so figures of a profiled run are not comparable.
 */
export async function withProfile<T>(page: Page, name: string, phase: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_EDITOR_PROFILE_DIR;
  if (!dir) return phase();
  mkdirSync(dir, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  const events: unknown[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const traced = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: "ReportEvents" });
  await cdp.send("Profiler.start");
  try {
    return await phase();
  } finally {
    const { profile } = await cdp.send("Profiler.stop");
    await cdp.send("Tracing.end");
    await traced;
    writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(path.join(dir, `${name}.trace.json`), JSON.stringify({ traceEvents: events }));
    log(`profile of ${name} written to ${dir}`);
    await cdp.detach();
  }
}
