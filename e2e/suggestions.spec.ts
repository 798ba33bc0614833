import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { addMembership } from "./fixtures/db";
import { selectArticleText } from "./fixtures/selection";
import { signUp, uniqueUser } from "./fixtures/users";

const AGREEMENT = "On September 10, Russia and the US announced a landmark agreement";
const CONVOY = "including through the September 19 attack on a humanitarian aid convoy";
const TRAGIC = "And that's tragic";

const marks = (page: Page) => page.locator(".article-body [data-suggestion-id]");
const markWith = (page: Page, text: string) => marks(page).filter({ hasText: text });
const suggestionsButton = (page: Page) => page.getByRole("button", { name: /^Suggestions \(\d+\)$/ });
const popover = (page: Page) => page.getByRole("dialog", { name: "Suggested claims" });
const item = (page: Page, text: string) => popover(page).getByRole("listitem").filter({ hasText: text });

async function openSuggestions(page: Page) {
  await suggestionsButton(page).click();
  await expect(popover(page)).toBeVisible();
}

test("imported article: facts are suggested, accepted as a claim or dismissed for good", async ({ page }) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);

  // Marks in the text: the agreement and the convoy attack, never the judgement.
  await expect(markWith(page, AGREEMENT)).toHaveCount(1);
  await expect(markWith(page, CONVOY)).toHaveCount(1);
  await expect(markWith(page, TRAGIC)).toHaveCount(0);
  const before = await marks(page).count();
  await expect(suggestionsButton(page)).toHaveAccessibleName(`Suggestions (${before})`);

  // Clicking a mark opens its details: score and reasons.
  await markWith(page, AGREEMENT).click();
  const agreement = item(page, AGREEMENT);
  await expect(agreement).toHaveAttribute("aria-current", "true");
  await expect(agreement).toContainText(/Score \d+/);
  await expect(agreement.getByRole("list", { name: "Why it was suggested" })).toContainText("date");
  await expect(popover(page)).not.toContainText(TRAGIC);

  // Accept: it becomes a claim, listed and highlighted like one marked by hand.
  await agreement.getByRole("button", { name: /^Accept as claim/ }).click();
  await expect(page.getByText("Suggestion accepted: it is a claim now.")).toBeVisible();
  const claims = page.getByRole("complementary", { name: "Claims" });
  await expect(claims).toContainText("On September 10, Russia and the US announced");
  await expect(page.locator(".article-body mark[data-claim-id]").filter({ hasText: "landmark agreement" }).first()).toBeVisible();
  await expect(markWith(page, AGREEMENT)).toHaveCount(0);

  // Dismiss with the keyboard: gone now and after a reload.
  await openSuggestions(page);
  const dismiss = item(page, CONVOY).getByRole("button", { name: /^Dismiss/ });
  await dismiss.focus();
  await page.keyboard.press("Enter");
  await expect(item(page, CONVOY)).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(markWith(page, CONVOY)).toHaveCount(0);
  await expect(suggestionsButton(page)).toHaveAccessibleName(`Suggestions (${before - 2})`);

  await page.reload();
  await expect(claims).toContainText("On September 10, Russia and the US announced");
  await expect(suggestionsButton(page)).toHaveAccessibleName(`Suggestions (${before - 2})`);
  await expect(markWith(page, CONVOY)).toHaveCount(0);
  await expect(markWith(page, AGREEMENT)).toHaveCount(0);

  // Suggest claims again: the dismissal and the accepted sentence stay out.
  await openSuggestions(page);
  await popover(page).getByRole("button", { name: "Suggest claims" }).click();
  await expect(page.getByText(/sentences? suggested\./)).toBeVisible();
  await expect(item(page, CONVOY)).toHaveCount(0);
  await expect(item(page, AGREEMENT)).toHaveCount(0);
  await expect(item(page, "cross-fire resumed")).toHaveCount(1);
});

test("deciding on a stale suggestion says why, and nothing is lost", async ({ page, context }) => {
  const user = await signUp(page);
  const articlePath = await addSampleArticle(page, user.workspaceUrl);
  const other = await context.newPage();
  await other.goto(articlePath);
  await expect(markWith(other, "cross-fire resumed")).toHaveCount(1);

  // Dismissed in one tab, then dismissed again in the other.
  await openSuggestions(page);
  await item(page, "cross-fire resumed").getByRole("button", { name: /^Dismiss/ }).click();
  await expect(item(page, "cross-fire resumed")).toHaveCount(0);
  await openSuggestions(other);
  await item(other, "cross-fire resumed").getByRole("button", { name: /^Dismiss/ }).click();
  await expect(popover(other).getByRole("alert")).toHaveText("This suggestion was already dismissed.");
  await expect(item(other, "cross-fire resumed")).toHaveCount(0);
  await other.keyboard.press("Escape");

  // The text is corrected in one tab; the other still offers the old sentence.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Edit text" }).click();
  await selectArticleText(page, "landmark agreement");
  await page.keyboard.type("landmark deal");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByText(/Text saved\./)).toBeVisible();
  await expect(markWith(page, "announced a landmark deal")).toHaveCount(1);

  await openSuggestions(other);
  await item(other, AGREEMENT).getByRole("button", { name: /^Accept as claim/ }).click();
  await expect(popover(other).getByRole("alert")).toContainText("This suggestion no longer exists: the article text changed");
  await expect(item(other, AGREEMENT)).toHaveCount(0);
  // As the message says: after a reload the current sentence is offered, and can be accepted.
  await other.reload();
  await openSuggestions(other);
  await item(other, "announced a landmark deal").getByRole("button", { name: /^Accept as claim/ }).click();
  await expect(other.getByRole("complementary", { name: "Claims" })).toContainText("announced a landmark deal");
});

test("a viewer sees the suggestions but cannot act on them", async ({ page, browser }) => {
  const owner = await signUp(page);
  const articlePath = await addSampleArticle(page, owner.workspaceUrl);
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  const viewer = await signUp(viewerPage, uniqueUser("Vera Viewer"));
  await addMembership(owner.workspaceUrl.split("/").pop()!, viewer.email, "viewer");
  await viewerPage.goto(articlePath);
  await markWith(viewerPage, CONVOY).click();
  await expect(item(viewerPage, CONVOY)).toContainText(/Score \d+/);
  await expect(popover(viewerPage).getByRole("button", { name: /^(Accept|Dismiss)/ })).toHaveCount(0);
  await expect(popover(viewerPage).getByRole("button", { name: "Suggest claims" })).toHaveCount(0);
  await viewerContext.close();
});

for (const theme of ["light", "dark"] as const) {
  test(`suggestion marks and popover are accessible and readable (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const user = await signUp(page);
    await addSampleArticle(page, user.workspaceUrl);
    await expect(markWith(page, AGREEMENT)).toHaveCount(1);
    await page.locator(".article-body").screenshot({ path: `test-results/suggestions-marks-${theme}.png` });
    await markWith(page, CONVOY).click();
    await expect(item(page, CONVOY)).toHaveAttribute("aria-current", "true");
    await page.screenshot({ path: `test-results/suggestions-popover-${theme}.png` });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
