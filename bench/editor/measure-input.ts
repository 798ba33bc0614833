import type { Page } from "@playwright/test";
import { settle } from "./measure-click";
import { keystrokeBusyMs, recordTimeline } from "./trace-keystrokes";

const SENTENCE = "The transcript shows the talks were suspended on Monday, not Sunday; see the briefing of 3 October. ";

/** Per keystroke figures, in ms (see typeTimed). */
export interface KeystrokeTimings {
  /** delay + busy: the keystroke's latency without idle waiting for vsync. */
  latency: number[];
  /** Event timestamp → its keydown listeners start (the main thread busy with something else). */
  delay: number[];
  /** Main-thread busy time from the keydown's dispatch to the end of the frame that shows it (trace). */
  busy: number[];
  /** Event timestamp → the frame painted after it: includes waiting for the next vsync. */
  nextPaint: number[];
  /** Keystrokes Chromium's Event Timing API reported as taking ≥ 16 ms to the next paint. */
  eventTimingSlowCount: number;
}

export interface InputTiming extends KeystrokeTimings {
  /** DOM changes in the article and the claims list while typing in the panel (should be none). */
  mutationsOutsidePanel: number;
  /** The longest main-thread task (≥ 50 ms, else 0) from the end of typing until the rationale was saved. */
  saveLongestTaskMs: number;
}

/**
 * Types `count` characters into the open claim panel's rationale editor, one every `delayMs`, and
 * returns each keystroke's timings (see KeystrokeTimings).
 */
export async function measureInput(page: Page, count: number, delayMs = 30): Promise<InputTiming> {
  const editor = page.locator('section[aria-labelledby] .ProseMirror[contenteditable="true"]');
  await editor.click();
  await page.keyboard.press("Control+End");
  await settle(page);
  await page.evaluate(observeLongTasks);
  const text = SENTENCE.repeat(Math.ceil(count / SENTENCE.length)).slice(0, count);
  await page.evaluate(countMutationsOutsidePanel);
  const timings = await typeTimed(page, text, delayMs);
  const mutationsOutsidePanel = await page.evaluate(() => {
    const state = window as unknown as { __benchOutside: { observer: MutationObserver; count: number } };
    state.__benchOutside.count += state.__benchOutside.observer.takeRecords().length;
    state.__benchOutside.observer.disconnect();
    return state.__benchOutside.count;
  });
  const typedAt = await page.evaluate(() => performance.now());
  // The panel saves after a typing pause; then the page takes in the saved claim.
  await page.getByRole("status").filter({ hasText: /^Saved$/ }).waitFor({ timeout: 15_000 });
  await settle(page, 500);
  const saveLongestTaskMs = await page.evaluate(
    (since) =>
      Math.max(0, ...(window as unknown as { __benchLongTasks: PerformanceEntry[] }).__benchLongTasks.filter((task) => task.startTime >= since).map((task) => task.duration)),
    typedAt,
  );
  const typed = (await editor.textContent()) ?? "";
  if (!typed.includes(text.trim().slice(-20))) throw new Error("the typed text did not reach the rationale editor");
  if (timings.latency.length !== count) throw new Error(`measured ${timings.latency.length} of ${count} keystrokes`);
  return { ...timings, saveLongestTaskMs, mutationsOutsidePanel };
}

/**
 * The same measurement typing into a bare <textarea> on an empty page: what the method reports
 * when a keystroke costs (almost) nothing. For nextPaint that includes up to a frame of waiting for vsync.
 */
export async function measureInputFloor(page: Page, count: number, delayMs = 30): Promise<KeystrokeTimings> {
  await page.setContent("<textarea autofocus></textarea>");
  await page.locator("textarea").focus();
  return typeTimed(page, SENTENCE.repeat(Math.ceil(count / SENTENCE.length)).slice(0, count), delayMs);
}

type KeyState = {
  __benchKeys: { delay: number[]; nextPaint: number[]; slow: Set<number> };
  __benchKeyListener: (event: KeyboardEvent) => void;
  __benchEventObserver: PerformanceObserver;
};

/**
 * Types `text` and times each keystroke:
 * - delay, in the page: from the keydown's timestamp to its first listener (registered on the
 *   window, capturing, so it runs before every other): how long the key waited for the main thread;
 * - busy, from a timeline trace (trace-keystrokes.ts): the main thread's busy time from the
 *   keydown's dispatch to the end of the frame that shows the key, so handling plus rendering;
 * - latency = delay + busy: the keystroke's latency, less the idle wait for the next vsync;
 * - nextPaint, in the page: from the keydown's timestamp to the first task after the next
 *   frame, vsync wait included. Timer tasks can also wait behind a frame, so on this machine
 *   even a bare <textarea> reaches about 18 ms at p95 by this method.
 * As a cross-check independent of these, Chromium's Event Timing API counts keydowns whose
 * event-to-next-paint duration was ≥ 16 ms (its smallest reporting threshold).
 */
async function typeTimed(page: Page, text: string, delayMs: number): Promise<KeystrokeTimings> {
  await page.evaluate(() => {
    const state = window as unknown as KeyState;
    state.__benchKeys = { delay: [], nextPaint: [], slow: new Set() };
    state.__benchKeyListener = (event) => {
      const at = event.timeStamp;
      state.__benchKeys.delay.push(performance.now() - at);
      requestAnimationFrame(() => setTimeout(() => state.__benchKeys.nextPaint.push(performance.now() - at), 0));
    };
    window.addEventListener("keydown", state.__benchKeyListener, { capture: true });
    state.__benchEventObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.name === "keydown" && entry.duration >= 16) state.__benchKeys.slow.add(Math.round(entry.startTime * 1000));
      }
    });
    state.__benchEventObserver.observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  });
  const { events } = await recordTimeline(page, async () => {
    await page.keyboard.type(text, { delay: delayMs });
    await settle(page, 300);
  });
  const { delay, nextPaint, eventTimingSlowCount } = await page.evaluate(() => {
    const state = window as unknown as KeyState;
    window.removeEventListener("keydown", state.__benchKeyListener, { capture: true });
    const { delay, nextPaint, slow } = state.__benchKeys;
    for (const entry of state.__benchEventObserver.takeRecords() as PerformanceEventTiming[]) {
      if (entry.name === "keydown" && entry.duration >= 16) slow.add(Math.round(entry.startTime * 1000));
    }
    state.__benchEventObserver.disconnect();
    return { delay, nextPaint, eventTimingSlowCount: slow.size };
  });
  const busy = keystrokeBusyMs(events);
  if (busy.length !== delay.length) throw new Error(`the trace holds ${busy.length} keydowns, the page saw ${delay.length}`);
  return { latency: busy.map((ms, index) => ms + delay[index]), delay, busy, nextPaint, eventTimingSlowCount };
}

/** Runs in the page: counts DOM mutations in the article text and the claims list from now on. */
function countMutationsOutsidePanel() {
  const state = window as unknown as { __benchOutside: { observer: MutationObserver; count: number } };
  const observer = new MutationObserver((records) => (state.__benchOutside.count += records.length));
  state.__benchOutside = { observer, count: 0 };
  for (const target of [document.querySelector(".article-body"), document.querySelector('aside[aria-label="Claims"]')]) {
    if (target) observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
  }
}

/** Runs in the page: collects long tasks (≥ 50 ms) from now on. */
function observeLongTasks() {
  const state = window as unknown as { __benchLongTasks: PerformanceEntry[] };
  state.__benchLongTasks = [];
  new PerformanceObserver((list) => state.__benchLongTasks.push(...list.getEntries())).observe({ type: "longtask" });
}
