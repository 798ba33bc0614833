import type { Page } from "@playwright/test";

export interface OpenTiming {
  /** ms from navigation start until the article's last paragraph is in the editor. */
  textMs: number;
  /** ms from navigation start until `highlights` highlights are in the DOM (= textMs without highlights). */
  readyMs: number;
  /** Navigation timing of the same load: first byte, last byte of the streamed HTML, DOMContentLoaded. */
  firstByteMs: number;
  lastByteMs: number;
  domContentLoadedMs: number;
  /** Size of the page's HTML (decoded), which carries the React Server Components payload. */
  htmlBytes: number;
}

/**
 * Opens an article page and times, from navigation start (performance.timeOrigin), the animation
 * frame in which its text, and then all its highlights, are first in the DOM.
 */
export async function measureOpen(page: Page, url: string, lastParagraph: string, highlights: number): Promise<OpenTiming> {
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    ({ last, count }) => {
      const state = window as unknown as { __benchTextAt?: number };
      const body = document.querySelector(".article-body .ProseMirror");
      if (state.__benchTextAt === undefined && body?.lastElementChild?.textContent === last) state.__benchTextAt = performance.now();
      if (state.__benchTextAt === undefined) return false;
      if (document.querySelectorAll("mark.claim-highlight").length < count) return false;
      const readyMs = performance.now();
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return {
        textMs: state.__benchTextAt,
        readyMs,
        firstByteMs: navigation.responseStart,
        lastByteMs: navigation.responseEnd,
        domContentLoadedMs: navigation.domContentLoadedEventEnd,
        htmlBytes: navigation.decodedBodySize,
      };
    },
    { last: lastParagraph, count: highlights },
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as OpenTiming;
}

/** How many claims' highlights do not read exactly their quote (all marks of a claim joined). */
export async function countMisplacedHighlights(page: Page, claims: { id: string; exact: string }[]): Promise<number> {
  return page.evaluate((expected) => {
    const texts = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>("mark[data-claim-id]")) {
      const id = mark.dataset.claimId!;
      // A mark nested in a mark of the same claim would count twice; decorations never do that.
      texts.set(id, (texts.get(id) ?? "") + (mark.textContent ?? ""));
    }
    return expected.filter((claim) => texts.get(claim.id) !== claim.exact).length;
  }, claims);
}
