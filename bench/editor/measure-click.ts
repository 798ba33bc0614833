import type { Page } from "@playwright/test";
import type { SeededClaim } from "./seed-articles";

export interface ClickTiming {
  /** ms from the click to the frame after the panel showed the claim (quote and verdict). */
  panel: number;
  /** ms from the click to the frame after the panel's details (rationale editor) were shown too. */
  details: number;
}

/**
 * Clicks `count` different highlights (real mouse clicks on their centres) and returns, for each,
 * the ms from the click event to the frame after the claim's panel appeared, and to the frame
 * after its details (loaded on open) were in. With `closeFirst` the panel is closed before each
 * click; otherwise clicks switch from one open claim to the next.
 */
export async function measureClickToPanel(page: Page, claims: SeededClaim[], count: number, closeFirst = false): Promise<ClickTiming[]> {
  const samples: ClickTiming[] = [];
  const step = Math.max(1, Math.floor(claims.length / count));
  // Claims spread over the whole article first; later passes fill in for skipped ones.
  const order = Array.from({ length: step }, (_, pass) => claims.filter((_, index) => index % step === pass)).flat();
  for (const claim of order) {
    if (samples.length >= count) break;
    if (claim.kind !== "single") continue;
    if (closeFirst) await closePanel(page);
    const point = await page.evaluate((id) => {
      const mark = document.querySelector<HTMLElement>(`mark[data-claim-id="${CSS.escape(id)}"]`);
      if (!mark) return null;
      mark.scrollIntoView({ block: "center" });
      const rect = mark.getClientRects()[0];
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const hit = document.elementFromPoint(x, y)?.closest("mark")?.getAttribute("data-claim-id");
      return hit === id ? { x, y } : null;
    }, claim.id);
    if (!point) continue; // covered by something else at its centre: take the next claim
    await settle(page);
    await page.evaluate(armPanelTimer, claim.exact);
    await page.mouse.click(point.x, point.y);
    samples.push(await page.evaluate(() => (window as unknown as { __benchPanel: Promise<ClickTiming> }).__benchPanel));
    await settle(page);
  }
  if (samples.length < count) throw new Error(`only ${samples.length} of ${count} highlights could be clicked`);
  return samples;
}

/**
 * Runs in the page: resolves with ms from the next click to the frame after the panel showed
 * `exact`, and to the frame after that panel also held its rationale editor (details loaded).
 */
function armPanelTimer(exact: string) {
  const state = window as unknown as { __benchPanel: Promise<ClickTiming> };
  state.__benchPanel = new Promise<ClickTiming>((resolve, reject) => {
    let clickedAt: number | undefined;
    let panel: Promise<number> | undefined;
    const shownPanel = () =>
      [...document.querySelectorAll("section[aria-labelledby]")].find(
        (section) => section.querySelector("h2")?.textContent === "Claim" && section.querySelector("blockquote")?.textContent === exact,
      );
    // rAF runs just before the frame is painted; the task after it runs once it is.
    const afterNextFrame = () => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now() - clickedAt!), 0)));
    const observer = new MutationObserver(() => {
      if (clickedAt === undefined) return;
      const section = shownPanel();
      if (!section) return;
      panel ??= afterNextFrame();
      // The panel and its rationale editor stay mounted across claims: the details are in once the
      // panel is no longer busy and the editor is shown (it is hidden while they load).
      if (section.getAttribute("aria-busy") === "true" || !section.querySelector<HTMLElement>(".ProseMirror")?.checkVisibility()) return;
      observer.disconnect();
      clearTimeout(timeout);
      void Promise.all([panel, afterNextFrame()]).then(([panelMs, detailsMs]) => resolve({ panel: panelMs, details: detailsMs }));
    });
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the panel for "${exact.slice(0, 40)}…" did not open within 10 s`));
    }, 10_000);
    document.addEventListener("click", (event) => void (clickedAt = event.timeStamp), { capture: true, once: true });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["aria-busy", "hidden"] });
  });
}

async function closePanel(page: Page) {
  const close = page.getByRole("button", { name: "Close claim panel" });
  if ((await close.count()) === 0) return;
  await close.click();
  await page.getByRole("heading", { name: "No claim open" }).waitFor();
  await settle(page);
}

/** Lets the page finish the previous interaction's work (two frames and a pause). */
export async function settle(page: Page, pauseMs = 150) {
  await page.evaluate(
    (pause) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, pause)))),
    pauseMs,
  );
}
