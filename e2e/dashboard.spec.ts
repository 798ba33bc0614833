import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { addSampleArticle, sampleArticle } from "./fixtures/articles";
import { claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { addMembership } from "./fixtures/db";
import { expectReviewStatus, reviewSection } from "./fixtures/review";
import { signUp, uniqueUser } from "./fixtures/users";

const CEASEFIRE = "announced a landmark agreement on a nationwide ceasefire in Syria";

/** Opens a dashboard and waits until its forms respond. */
async function openDashboard(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("main[data-hydrated]")).toBeVisible();
}

/** The totals panel's link for one figure, e.g. "Approved claims". */
function total(page: Page, name: string) {
  return page.getByRole("region", { name: "All claims" }).getByRole("link", { name: new RegExp(`^${name}: `) });
}

test("a teammate's dashboard follows a new claim and its approval without reloading", async ({ browser }) => {
  // Three people, two of them working through the annotate and review pages.
  test.setTimeout(180_000);
  const [aliceContext, bobContext, carolContext] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [alicePage, bobPage, carolPage] = await Promise.all([aliceContext.newPage(), bobContext.newPage(), carolContext.newPage()]);
  const alice = await signUp(alicePage, uniqueUser("Alice Author"));
  const bob = await signUp(bobPage, uniqueUser("Bob Reviewer"));
  const carol = await signUp(carolPage, uniqueUser("Carol Viewer"));
  const slug = alice.workspaceUrl.split("/").pop()!;
  await addMembership(slug, bob.email, "reviewer");
  await addMembership(slug, carol.email, "viewer");

  // Carol, a viewer, keeps the dashboard open the whole time.
  await carolPage.goto(`/w/${slug}/dashboard`);
  await expect(carolPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(total(carolPage, "Claims in the workspace")).toHaveText("0");
  await expect(carolPage.getByTestId("live-indicator")).toContainText("Live");
  await carolPage.evaluate(() => ((window as unknown as { stayedOpen: boolean }).stayedOpen = true));

  // Alice marks a claim and submits her verdict; her article's progress bar follows.
  const articleUrl = await addSampleArticle(alicePage, alice.workspaceUrl);
  const claimId = await markClaim(alicePage, CEASEFIRE);
  await expect(alicePage.getByTestId("article-progress")).toContainText("0 of 1 approved · 0 awaiting review · 1 being checked");
  await claimPanel(alicePage).getByText("Mostly false", { exact: true }).click();
  await reviewSection(alicePage).getByRole("button", { name: "Submit for review" }).click();
  await expectReviewStatus(alicePage, "Submitted for review");
  await expectSaved(alicePage);
  await expect(alicePage.getByTestId("article-progress")).toContainText("0 of 1 approved · 1 awaiting review · 0 being checked");

  await expect(total(carolPage, "Claims in the workspace")).toHaveText("1");
  await expect(total(carolPage, "Claims awaiting review")).toHaveText("1");
  const articles = carolPage.getByRole("region", { name: "Articles" });
  await expect(articles.getByRole("link", { name: sampleArticle.title, exact: true })).toBeVisible();

  // Bob approves it; Carol's dashboard shows the approval.
  await bobPage.goto(`${articleUrl}?claim=${claimId}`);
  await reviewSection(bobPage).getByRole("button", { name: "Approve", exact: true }).click();
  await expectReviewStatus(bobPage, "Approved");
  await expect(bobPage.getByTestId("article-progress")).toContainText("1 of 1 approved");

  await expect(total(carolPage, "Approved claims")).toHaveText("1");
  await expect(total(carolPage, "Claims awaiting review")).toHaveText("0");
  await expect(articles.getByRole("link", { name: `Approved claims in ${sampleArticle.title}: 1` })).toBeVisible();
  const team = carolPage.getByRole("region", { name: "Team" });
  await expect(team.getByRole("link", { name: "Claims marked by Alice Author: 1" })).toBeVisible();
  await expect(team.getByRole("link", { name: "Reviews by Bob Reviewer: 1" })).toBeVisible();
  expect(await carolPage.evaluate(() => (window as unknown as { stayedOpen?: boolean }).stayedOpen), "the dashboard was never reloaded").toBe(true);

  await Promise.all([aliceContext.close(), bobContext.close(), carolContext.close()]);
});

test("the date range is checked: a start after the end, or a bad address, gets a clear message", async ({ page }) => {
  const user = await signUp(page, uniqueUser("Dana Dates"));
  await openDashboard(page, `${user.workspaceUrl}/dashboard`);
  await page.getByLabel("From", { exact: true }).fill("2026-03-20");
  await page.getByLabel("To", { exact: true }).fill("2026-03-01");
  await page.getByRole("button", { name: "Apply dates" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The start date" })).toHaveText("The start date (2026-03-20) is after the end date (2026-03-01). Pick a start on or before the end.");
  await expect(page.getByLabel("From", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.getByLabel("From", { exact: true }).fill("2026-03-01");
  await page.getByLabel("To", { exact: true }).fill("2026-03-20");
  await page.getByRole("button", { name: "Apply dates" }).click();
  await expect(page).toHaveURL(/\/dashboard\?from=2026-03-01&to=2026-03-20$/);
  await expect(page.getByText("1 Mar 2026 – 20 Mar 2026")).toBeVisible();
  await page.getByRole("button", { name: /^Show as table.*Activity$/ }).click();
  await expect(page.getByRole("region", { name: "Activity per day" }).getByRole("row")).toHaveCount(21);

  await page.getByRole("button", { name: "7 days" }).click();
  await expect(page.getByRole("button", { name: "7 days" })).toHaveAttribute("aria-pressed", "true");

  // A hand-edited address: the page still opens, on the default range, and says why.
  await openDashboard(page, `${user.workspaceUrl}/dashboard?from=2020-01-01&to=2026-01-01&threshold=soon`);
  const alert = page.getByRole("alert").filter({ hasText: "Some settings in the address could not be used" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("That range covers 2193 days; the dashboard shows at most 731 days (two years). Showing the last 30 days instead.");
  await expect(alert).toContainText("Waiting threshold: The threshold must be a number of hours.");

  await page.getByLabel("Older than (hours)").fill("0");
  await page.getByRole("button", { name: "Apply", exact: true }).click();
  await expect(page.getByText("Enter a whole number of hours from 1 to 8760.")).toBeVisible();
});

test("the CSV export has the dashboard's rows, and numbers open the claims behind them", async ({ page }) => {
  const user = await signUp(page, uniqueUser("Eve Exporter"));
  const slug = user.workspaceUrl.split("/").pop()!;
  const articleUrl = await addSampleArticle(page, user.workspaceUrl);
  const articleId = articleUrl.split("/").pop()!;
  await markClaim(page, CEASEFIRE);
  await expectSaved(page);

  await page.goto(`${user.workspaceUrl}/dashboard`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-dashboard-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await file.path(), "utf8")).split("\r\n");
  expect(lines).toContain("# Totals");
  expect(lines).toContain("total,1");
  expect(lines).toContain("working,1");
  expect(lines.some((line) => line.startsWith(`${articleId},"${sampleArticle.title}",1,1,0,0,0,0,`) || line.startsWith(`${articleId},${sampleArticle.title},1,1,0,0,0,0,`))).toBe(true);
  expect(lines.filter((line) => line.includes("Eve Exporter,owner,1,0,,1"))).toHaveLength(1);

  await page.getByRole("region", { name: "Articles" }).getByRole("link", { name: `Claims being checked in ${sampleArticle.title}: 1` }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/search\\?type=claims&article=${articleId}&status=working$`));

  // A member's open items open the same list, named by a removable chip.
  await openDashboard(page, `${user.workspaceUrl}/dashboard`);
  await page.getByRole("region", { name: "Team" }).getByRole("link", { name: "Open items of Eve Exporter: 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/search\\?type=claims&openFor=[^&]+$`));
  await expect(page.getByTestId("search-pinned-filter")).toHaveText("Open items of Eve Exporter");
  await expect(page.getByTestId("search-result")).toHaveCount(1);
  await page.getByRole("link", { name: "Remove filter: Open items of Eve Exporter" }).click();
  await expect(page.getByTestId("search-pinned-filter")).toHaveCount(0);
});
