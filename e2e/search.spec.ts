import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { addSampleArticle } from "./fixtures/articles";
import { claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { signUp } from "./fixtures/users";

const CEASEFIRE = "On September 10, Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria";
const TRUCE = "the week-long truce deal expired on September 19";

// Copies of a claim with older creation times, so the list has more than one page. Setup only:
// marking 25 claims through the UI would test nothing new.
async function copyClaim(claimId: string, copies: number) {
  const url = readFileSync(path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e", "database-url"), "utf8").trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Claim" (id, "workspaceId", "articleId", exact, prefix, suffix, start, "end", "createdById", "createdAt", "updatedAt")
       SELECT 'e2e' || md5(random()::text || n), "workspaceId", "articleId", exact || ' (copy ' || n || ')', prefix, suffix, start, "end",
              "createdById", "createdAt" - n * interval '1 minute', now()
       FROM "Claim", generate_series(1, $2::int) n WHERE id = $1`,
      [claimId, copies],
    );
  } finally {
    await client.end();
  }
}

test("search finds a claim by a word of its rationale and highlights it; filters and pages narrow the list", async ({ page }) => {
  // Marks two claims through the UI before searching: more than the default minute on a busy machine.
  test.slow();
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  await markClaim(page, CEASEFIRE);
  const panel = claimPanel(page);
  await panel.getByText("Mostly false", { exact: true }).click();
  await panel.getByRole("textbox", { name: "Rationale" }).click();
  await page.keyboard.type("Satellite imagery and the joint statement contradict the date.");
  await expectSaved(page);
  const truceId = await markClaim(page, TRUCE);
  await expectSaved(page);

  await page.getByRole("link", { name: "Search" }).first().click();
  await page.getByRole("searchbox", { name: /Search claims/ }).fill("satellite");
  await page.keyboard.press("Enter");
  await page.waitForURL(/q=satellite/);
  const results = page.getByTestId("search-result");
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(CEASEFIRE);
  await expect(results.first().getByTestId("search-rationale").locator("mark")).toHaveText("Satellite");
  await expect(results.first()).toContainText("Mostly false");
  await page.screenshot({ path: "test-results/search-light.png", fullPage: true });
  await results.first().click();
  await page.waitForURL(/\?claim=/);
  await expect(panel.getByText(CEASEFIRE, { exact: true })).toBeVisible();

  // Without text: the filtered claim list, newest first, with its filters applied on change.
  await page.goto(`${user.workspaceUrl}/search`);
  await expect(results).toHaveCount(2);
  await expect(results.first()).toContainText(TRUCE);
  await page.getByLabel("Verdict").selectOption({ label: "Mostly false" });
  await page.waitForURL(/verdict=/);
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(CEASEFIRE);
  await page.getByLabel("Status").selectOption({ label: "Approved" });
  await page.waitForURL(/status=approved/);
  await expect(page.getByText("No claims match these filters.")).toBeVisible();

  await copyClaim(truceId, 25);
  await page.goto(`${user.workspaceUrl}/search?type=claims`);
  await expect(page.getByRole("status").filter({ hasText: "of 27" })).toHaveText("1–20 of 27 newest first");
  await expect(results).toHaveCount(20);
  await page.getByRole("navigation", { name: "Pages of results" }).getByRole("link", { name: "Next" }).click();
  await page.waitForURL(/page=2/);
  await expect(results).toHaveCount(7);
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${user.workspaceUrl}/search?q=september`);
  await expect(results.first()).toBeVisible();
  await page.screenshot({ path: "test-results/search-dark.png", fullPage: true });
});

test("a big list counts up to 1,000, says there are more, and still pages on", async ({ page }) => {
  test.slow();
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  const truceId = await markClaim(page, TRUCE);
  await expectSaved(page);
  await copyClaim(truceId, 1001);

  await page.goto(`${user.workspaceUrl}/search?type=claims`);
  await expect(page.getByRole("status").filter({ hasText: "more than" })).toHaveText("1–20 of more than 1,000 newest first");
  await expect(page.getByRole("navigation", { name: "Result types" }).getByRole("link", { name: /Claims/ })).toHaveText("Claims1,000+");
  const pages = page.getByRole("navigation", { name: "Pages of results" });
  await expect(pages.getByText(/^Page 1/)).toHaveText("Page 1");
  await page.goto(`${user.workspaceUrl}/search?type=claims&page=51`);
  await expect(page.getByRole("status").filter({ hasText: "of 1,002" })).toHaveText("1,001–1,002 of 1,002 newest first");
  await expect(pages.getByText(/^Page 51/)).toHaveText("Page 51 of 51");

  await page.goto(`${user.workspaceUrl}/search?q=truce`);
  await expect(page.getByTestId("search-capped")).toContainText("More than 1,000 results");
  await expect(page.getByTestId("search-result")).toHaveCount(20);
  await page.screenshot({ path: "test-results/search-capped.png", fullPage: true });
});

test("a bad filter gets a clear message and no results", async ({ page }) => {
  const user = await signUp(page);
  await page.goto(`${user.workspaceUrl}/search?q=ceasefire&status=finished&from=2026-11-20&to=2026-11-01&verdict=nope`);
  const alert = page.getByRole("alert").filter({ hasText: "cannot be used" });
  await expect(alert).toContainText("These filters cannot be used");
  await expect(alert).toContainText("Status: “finished” is not one of the choices.");
  await expect(page.getByTestId("search-result")).toHaveCount(0);
  await expect(page.getByRole("searchbox", { name: /Search claims/ })).toHaveValue("ceasefire");
  await page.goto(`${user.workspaceUrl}/search?verdict=nope`);
  await expect(alert).toContainText("Verdict: that rating is not on this workspace's scale.");
  await alert.getByRole("link", { name: "Start again without filters" }).click();
  await page.waitForURL(/\/search$/);
  await expect(page.getByText("These filters cannot be used")).toHaveCount(0);
  await expect(page.getByText("No claims match these filters.")).toBeVisible();
});
