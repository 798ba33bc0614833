import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { addSampleArticle } from "./fixtures/articles";
import { claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { databaseUrl } from "./fixtures/db";
import { signUp } from "./fixtures/users";

// One claim panel, with one rationale editor, serves every claim opened in turn. Whatever is typed
// in a claim's rationale belongs to that claim alone, however quickly the next claim is opened.
const CEASEFIRE = "On September 10, Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria";
const TRUCE = "the week-long truce deal expired on September 19";

/** Plain text of the claim's stored rationale (the search column the save keeps in step). */
async function storedRationale(claimId: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ text: string }>(`SELECT "rationaleText" AS text FROM "Claim" WHERE id = $1`, [claimId]);
    return rows[0]?.text ?? "";
  } finally {
    await client.end();
  }
}

async function openClaim(page: Page, claimId: string, quote: string) {
  await page.locator(`mark[data-claim-id="${claimId}"]`).first().click();
  const panel = claimPanel(page);
  await expect(panel.getByText(quote, { exact: true })).toBeVisible();
  await expect(panel).not.toHaveAttribute("aria-busy", "true");
  return panel;
}

test("typing in one claim's rationale and opening the next at once: saved to the first, the next shows its own", async ({ page }) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  const ceasefire = await markClaim(page, CEASEFIRE);
  await expectSaved(page);
  const truce = await markClaim(page, TRUCE);
  const rationale = claimPanel(page).getByRole("textbox", { name: "Rationale" });
  await rationale.click();
  await page.keyboard.type("The truce's own reasons.");
  await expectSaved(page);

  await openClaim(page, ceasefire, CEASEFIRE);
  await expect(rationale).toHaveText("");
  await rationale.click();
  await page.keyboard.type("Typed for the ceasefire only.");
  // No pause for the autosave: the next claim is opened right away.
  await page.locator(`mark[data-claim-id="${truce}"]`).first().click();
  await expect(claimPanel(page).getByText(TRUCE, { exact: true })).toBeVisible();
  await expect(rationale).toHaveText("The truce's own reasons.");
  // The panel was scrolled down to the rationale; the next claim starts at its top.
  await expect(claimPanel(page).getByText(TRUCE, { exact: true })).toBeInViewport();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await claimPanel(page).screenshot({ path: test.info().outputPath(`panel-after-switch-${colorScheme}.png`) });
  }
  // Undo in this claim's rationale cannot bring back the other claim's text.
  await rationale.click();
  await page.keyboard.press("End");
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+z");
  await expect(rationale).toHaveText("The truce's own reasons.");
  await expectSaved(page);

  await expect.poll(() => storedRationale(ceasefire)).toBe("Typed for the ceasefire only.");
  expect(await storedRationale(truce)).toBe("The truce's own reasons.");
  await openClaim(page, ceasefire, CEASEFIRE);
  await expect(rationale).toHaveText("Typed for the ceasefire only.");

  await page.reload();
  await openClaim(page, truce, TRUCE);
  await expect(rationale).toHaveText("The truce's own reasons.");
  await openClaim(page, ceasefire, CEASEFIRE);
  await expect(rationale).toHaveText("Typed for the ceasefire only.");
});

test("a claim left while its save fails keeps its edits and its failed state, and saves them once it can", async ({ page }) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  const ceasefire = await markClaim(page, CEASEFIRE);
  await expectSaved(page);
  const truce = await markClaim(page, TRUCE);
  await expectSaved(page);
  await openClaim(page, ceasefire, CEASEFIRE);

  // Every server action (saves, and loading a claim's details) now fails; both claims are loaded.
  await page.route("**/*", (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback(),
  );
  const panel = claimPanel(page);
  const rationale = panel.getByRole("textbox", { name: "Rationale" });
  await rationale.click();
  await page.keyboard.type("Written while offline.");
  await page.locator(`mark[data-claim-id="${truce}"]`).first().click();
  await expect(panel.getByText(TRUCE, { exact: true })).toBeVisible();
  await expect(rationale).toHaveText("");
  // The truce has nothing unsaved: its own state, not the ceasefire's failure.
  await expect(panel.getByRole("status").first()).toHaveText(/^Saved/);

  await page.locator(`mark[data-claim-id="${ceasefire}"]`).first().click();
  await expect(panel.getByText(CEASEFIRE, { exact: true })).toBeVisible();
  await expect(rationale).toHaveText("Written while offline.");
  await expect(panel.getByRole("status").first()).toHaveText(/Save failed/, { timeout: 15_000 });
  expect(await storedRationale(ceasefire)).toBe("");

  await page.unroute("**/*");
  await panel.getByRole("button", { name: "Retry now" }).click();
  await expectSaved(page);
  expect(await storedRationale(ceasefire)).toBe("Written while offline.");
  expect(await storedRationale(truce)).toBe("");
});
