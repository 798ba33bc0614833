import type { Page } from "@playwright/test";
import { settle } from "./measure-click";

const SENTENCE = "The transcript shows the talks were suspended on Monday, not Sunday; see the briefing of 3 October. ";

export interface InputTiming {
  /** Per keystroke, ms from keydown to the frame painted after it. */
  latencies: number[];
  /** Per keystroke, ms from keydown to the first task after it was handled (no wait for a frame). */
  processing: number[];
  /** The longest main-thread task (≥ 50 ms, else 0) from the end of typing until the rationale was saved. */
  saveLongestTaskMs: number;
}

/**
 * Types `count` characters into the open claim panel's rationale editor, one every `delayMs`, and
 * returns each keystroke's latency: from the keydown event's timestamp to the frame painted after
 * the input was handled (requestAnimationFrame, then the task after it).
 */
export async function measureInput(page: Page, count: number, delayMs = 30): Promise<InputTiming> {
  const editor = page.locator('section[aria-labelledby] .ProseMirror[contenteditable="true"]');
  await editor.click();
  await page.keyboard.press("Control+End");
  await settle(page);
  await page.evaluate(observeLongTasks);
  const text = SENTENCE.repeat(Math.ceil(count / SENTENCE.length)).slice(0, count);
  const { frame: samples, processing } = await typeTimed(page, text, delayMs);
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
  if (samples.length !== count) throw new Error(`measured ${samples.length} of ${count} keystrokes`);
  return { latencies: samples, processing, saveLongestTaskMs };
}

/**
 * The same measurement typing into a bare <textarea> on an empty page: what the method reports
 * when a keystroke costs nothing (about half a frame of waiting for vsync, plus scheduling).
 */
export async function measureInputFloor(page: Page, count: number, delayMs = 30): Promise<{ frame: number[]; processing: number[] }> {
  await page.setContent("<textarea autofocus></textarea>");
  await page.locator("textarea").focus();
  return typeTimed(page, SENTENCE.repeat(Math.ceil(count / SENTENCE.length)).slice(0, count), delayMs);
}

type KeyState = { __benchKeys: { frame: number[]; processing: number[] }; __benchKeyListener: (event: KeyboardEvent) => void };

async function typeTimed(page: Page, text: string, delayMs: number): Promise<{ frame: number[]; processing: number[] }> {
  await page.evaluate(() => {
    const state = window as unknown as KeyState;
    state.__benchKeys = { frame: [], processing: [] };
    state.__benchKeyListener = (event) => {
      const at = event.timeStamp;
      // The keystroke's handlers (ProseMirror, React) run in this task and its microtasks.
      setTimeout(() => state.__benchKeys.processing.push(performance.now() - at), 0);
      requestAnimationFrame(() => setTimeout(() => state.__benchKeys.frame.push(performance.now() - at), 0));
    };
    document.addEventListener("keydown", state.__benchKeyListener, { capture: true });
  });
  await page.keyboard.type(text, { delay: delayMs });
  await settle(page, 300);
  const samples = await page.evaluate(() => {
    const state = window as unknown as KeyState;
    document.removeEventListener("keydown", state.__benchKeyListener, { capture: true });
    return state.__benchKeys;
  });
  return samples;
}

/** Runs in the page: collects long tasks (≥ 50 ms) from now on. */
function observeLongTasks() {
  const state = window as unknown as { __benchLongTasks: PerformanceEntry[] };
  state.__benchLongTasks = [];
  new PerformanceObserver((list) => state.__benchLongTasks.push(...list.getEntries())).observe({ type: "longtask" });
}
