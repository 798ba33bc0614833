import type { Page } from "@playwright/test";
import { settle } from "./measure-click";

const SENTENCE = "The transcript shows the talks were suspended on Monday, not Sunday; see the briefing of 3 October. ";

/** Per keystroke figures, in ms (see typeTimed). */
export interface KeystrokeTimings {
  /** Handling plus the next frame's rendering: the keystroke's cost, without idle waiting for vsync. */
  work: number[];
  /** Event timestamp → end of the task that handled it (input delay plus handlers). */
  processing: number[];
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
  if (timings.work.length !== count) throw new Error(`measured ${timings.work.length} of ${count} keystrokes`);
  return { ...timings, saveLongestTaskMs, mutationsOutsidePanel };
}

/**
 * The same measurement typing into a bare <textarea> on an empty page: what the method reports
 * when a keystroke costs (almost) nothing. For nextPaint that is up to a frame of waiting for vsync.
 */
export async function measureInputFloor(page: Page, count: number, delayMs = 30): Promise<KeystrokeTimings> {
  await page.setContent("<textarea autofocus></textarea>");
  await page.locator("textarea").focus();
  return typeTimed(page, SENTENCE.repeat(Math.ceil(count / SENTENCE.length)).slice(0, count), delayMs);
}

type KeyState = {
  __benchKeys: { work: number[]; processing: number[]; nextPaint: number[]; slow: Set<number> };
  __benchKeyListener: (event: KeyboardEvent) => void;
  __benchEventObserver: PerformanceObserver;
};

/**
 * Types `text` and times each keystroke in the page, from the keydown event's timestamp:
 * - processing: to the first task after the one that handled it (ProseMirror, React and their
 *   microtasks run in that task);
 * - the next frame's rendering: from its requestAnimationFrame callback to the task after the
 *   frame (style, layout, paint);
 * - work = processing + rendering: what the keystroke cost the main thread, without the idle wait
 *   for the next vsync that every "to the next paint" figure includes (up to 16.7 ms at 60 Hz);
 * - nextPaint: to the task after that frame, vsync wait included (the method used before).
 * As a cross-check independent of these listeners, Chromium's Event Timing API counts keydowns
 * whose event-to-next-paint duration was ≥ 16 ms (its smallest reporting threshold).
 */
async function typeTimed(page: Page, text: string, delayMs: number): Promise<KeystrokeTimings> {
  await page.evaluate(() => {
    const state = window as unknown as KeyState;
    state.__benchKeys = { work: [], processing: [], nextPaint: [], slow: new Set() };
    state.__benchKeyListener = (event) => {
      const at = event.timeStamp;
      let handledMs: number | undefined;
      setTimeout(() => (handledMs = performance.now() - at), 0);
      requestAnimationFrame(() => {
        const frameStart = performance.now();
        setTimeout(() => {
          const now = performance.now();
          const processing = handledMs ?? frameStart - at;
          state.__benchKeys.processing.push(processing);
          state.__benchKeys.work.push(processing + (now - frameStart));
          state.__benchKeys.nextPaint.push(now - at);
        }, 0);
      });
    };
    document.addEventListener("keydown", state.__benchKeyListener, { capture: true });
    state.__benchEventObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.name === "keydown" && entry.duration >= 16) state.__benchKeys.slow.add(Math.round(entry.startTime * 1000));
      }
    });
    state.__benchEventObserver.observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  });
  await page.keyboard.type(text, { delay: delayMs });
  await settle(page, 300);
  return page.evaluate(() => {
    const state = window as unknown as KeyState;
    document.removeEventListener("keydown", state.__benchKeyListener, { capture: true });
    const { work, processing, nextPaint, slow } = state.__benchKeys;
    for (const entry of state.__benchEventObserver.takeRecords() as PerformanceEventTiming[]) {
      if (entry.name === "keydown" && entry.duration >= 16) slow.add(Math.round(entry.startTime * 1000));
    }
    state.__benchEventObserver.disconnect();
    return { work, processing, nextPaint, eventTimingSlowCount: slow.size };
  });
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
