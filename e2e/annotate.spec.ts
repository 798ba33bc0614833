import { expect, test } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { addSource, claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { highlightText, selectArticleText } from "./fixtures/selection";
import { signUp } from "./fixtures/users";

const CEASEFIRE = "On September 10, Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria";
const TRUCE = "the week-long truce deal expired on September 19";
const RATIONALE = "Both governments announced the deal in Geneva late on 9 September, local time.";

test("annotate the sample article: everything survives a reload and an edit of the text", async ({ page }) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);

  const ceasefireId = await markClaim(page, CEASEFIRE);
  const panel = claimPanel(page);
  await panel.getByText("Mostly false", { exact: true }).click();
  await panel.getByRole("textbox", { name: "Rationale" }).click();
  await page.keyboard.type(RATIONALE);
  await expectSaved(page);
  await addSource(page, {
    url: "https://www.state.gov/joint-announcement-syria",
    title: "Joint announcement of the United States and Russia",
    publisher: "US Department of State",
    date: "2016-09-09",
    excerpt: "The United States and Russia announce an arrangement to reduce violence",
    stance: "Refutes",
  });
  await addSource(page, { url: "https://news.example.org/geneva-talks", title: "Geneva talks timeline", stance: "Context" });
  await expectSaved(page);
  expect(await highlightText(page, ceasefireId)).toBe(CEASEFIRE);
  await expect(page.locator(`mark[data-claim-id="${ceasefireId}"]`).first()).toHaveAttribute("title", "Mostly false");

  const truceId = await markClaim(page, TRUCE, "shortcut");
  await expectSaved(page);

  await page.reload();
  await page.locator(`button[data-claim-item="${ceasefireId}"]`).click();
  await expect(panel.getByText(CEASEFIRE, { exact: true })).toBeVisible();
  await expect(panel.getByRole("radio", { name: /Mostly false/ })).toBeChecked();
  await expect(panel.getByRole("textbox", { name: "Rationale" })).toHaveText(RATIONALE);
  const sources = panel.getByRole("article");
  await expect(sources).toHaveCount(2);
  await expect(sources.first()).toContainText("Joint announcement of the United States and Russia");
  await expect(sources.first()).toContainText("Refutes");
  await expect(sources.nth(1)).toContainText("Context");

  // Corrections: a paragraph inserted before the first claim, a typo fixed inside the second.
  await page.getByRole("button", { name: "Edit text" }).click();
  await selectArticleText(page, "On September 10");
  await page.evaluate(() => window.getSelection()!.collapseToStart());
  await page.keyboard.type("Editor's note: this paragraph was added after publication.");
  await page.keyboard.press("Enter");
  await selectArticleText(page, "week-long");
  await page.keyboard.type("weeklong");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByText("Text saved. All claims are in place.")).toBeVisible();

  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await expect(page.getByRole("article", { name: /Text of/ })).toContainText("Editor's note: this paragraph was added");
    expect(await highlightText(page, ceasefireId)).toBe(CEASEFIRE);
    expect(await highlightText(page, truceId)).toBe("the weeklong truce deal expired on September 19");
  }
});

test("claims list: filters, keyboard navigation, and highlight ↔ list", async ({ page }) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  const first = await markClaim(page, CEASEFIRE);
  await claimPanel(page).getByText("False", { exact: true }).click();
  await expectSaved(page);
  const second = await markClaim(page, "the September 19 attack on a humanitarian aid convoy");
  await expectSaved(page);

  // Clicking a highlight opens its claim.
  await page.locator(`mark[data-claim-id="${first}"]`).first().click();
  await expect(page.locator(`button[data-claim-item="${first}"]`)).toHaveAttribute("aria-current", "true");
  await expect(claimPanel(page).getByText(CEASEFIRE, { exact: true })).toBeVisible();

  // Keyboard: focus the list, arrow down, Enter opens the next claim (document order).
  await page.locator(`button[data-claim-item="${first}"]`).focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page.locator(`button[data-claim-item="${second}"]`)).toHaveAttribute("aria-current", "true");

  // A link to a claim (queue, notification) opens it.
  await page.goto(`${new URL(page.url()).pathname}?claim=${first}`);
  await expect(claimPanel(page).getByText(CEASEFIRE, { exact: true })).toBeVisible();
  // The highlights are drawn by the editor once the page is interactive.
  await expect(page.locator(`mark[data-claim-id="${first}"]`).first()).toHaveClass(/is-selected/);

  await page.getByRole("complementary", { name: "Claims" }).getByLabel("Verdict").selectOption({ label: "False" });
  await expect(page.locator("button[data-claim-item]")).toHaveCount(1);
  await page.getByRole("complementary", { name: "Claims" }).getByLabel("Verdict").selectOption({ label: "No verdict yet" });
  await expect(page.locator(`button[data-claim-item="${second}"]`)).toBeVisible();
  await expect(page.locator("button[data-claim-item]")).toHaveCount(1);
});
