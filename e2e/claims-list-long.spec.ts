import { expect, test } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { claimPanel } from "./fixtures/claims";
import { insertClaimsOnEveryPair, softDeleteClaim } from "./fixtures/many-claims";
import { signUp } from "./fixtures/users";

// Long articles carry hundreds of claims: the list renders only those in view, and the panel
// loads a claim's details when it is opened. Nothing of that may show to the user.
test("a long claims list: only what is in view is rendered, yet highlights, keyboard and details work", async ({ page }) => {
  test.slow(); // a hundred keystrokes and three page loads
  const user = await signUp(page);
  const path = await addSampleArticle(page, user.workspaceUrl);
  const claims = await insertClaimsOnEveryPair(path.split("/").at(-1)!, 2);
  expect(claims.length).toBeGreaterThan(60);
  await page.reload();

  const list = page.getByRole("list", { name: "Claims in document order" });
  await expect(list.locator("button[data-claim-item]").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: `Claims (${claims.length})` })).toBeVisible();
  expect(await list.locator("button[data-claim-item]").count()).toBeLessThan(claims.length);

  // Keyboard alone: from the first claim, forty presses of ArrowDown and Enter open the 41st.
  await page.locator(`button[data-claim-item="${claims[0].id}"]`).focus();
  for (let press = 0; press < 40; press++) await page.keyboard.press("ArrowDown");
  await expect(page.locator(`button[data-claim-item="${claims[40].id}"]`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(`button[data-claim-item="${claims[40].id}"]`)).toHaveAttribute("aria-current", "true");
  await expect(claimPanel(page).getByText(claims[40].exact, { exact: true })).toBeVisible();
  await page.keyboard.press("ArrowUp");
  await expect(page.locator(`button[data-claim-item="${claims[39].id}"]`)).toBeFocused();

  // Typing in one claim's rationale, then opening another, never mixes their texts.
  await claimPanel(page).getByRole("textbox", { name: "Rationale" }).click();
  await page.keyboard.type("Only for claim forty-one.");
  await page.locator(`button[data-claim-item="${claims[39].id}"]`).click();
  await expect(claimPanel(page).getByText(claims[39].exact, { exact: true })).toBeVisible();
  await expect(claimPanel(page).getByRole("textbox", { name: "Rationale" })).toHaveText("");
  await page.locator(`button[data-claim-item="${claims[40].id}"]`).click();
  await expect(claimPanel(page).getByRole("textbox", { name: "Rationale" })).toHaveText("Only for claim forty-one.");
  await expect(claimPanel(page).getByRole("status").first()).toHaveText(/^Saved/, { timeout: 15_000 });
  await page.reload();
  await page.locator(`mark[data-claim-id="${claims[40].id}"]`).first().click();
  await expect(claimPanel(page).getByRole("textbox", { name: "Rationale" })).toHaveText("Only for claim forty-one.");
  await page.locator(`mark[data-claim-id="${claims[39].id}"]`).first().click();
  await expect(claimPanel(page).getByText(claims[39].exact, { exact: true })).toBeVisible();
  await expect(claimPanel(page).getByRole("textbox", { name: "Rationale" })).toHaveText("");

  // A highlight near the end of the article brings its (not yet rendered) list item into view.
  const last = claims.at(-1)!;
  await page.locator(`mark[data-claim-id="${last.id}"]`).first().click();
  const lastItem = page.locator(`button[data-claim-item="${last.id}"]`);
  await expect(lastItem).toHaveAttribute("aria-current", "true");
  await expect(lastItem).toBeInViewport();
  await expect(claimPanel(page).getByText(last.exact, { exact: true })).toBeVisible();
  // The details arrive: an editable rationale, status and history.
  await expect(claimPanel(page).getByRole("textbox", { name: "Rationale" })).toBeVisible();
  await expect(claimPanel(page)).not.toHaveAttribute("aria-busy", "true");
});

test("a claim deleted elsewhere since the page loaded: its panel says so instead of loading forever", async ({ page }) => {
  const user = await signUp(page);
  const path = await addSampleArticle(page, user.workspaceUrl);
  const [first, second] = await insertClaimsOnEveryPair(path.split("/").at(-1)!, 20);
  await page.reload();
  await softDeleteClaim(second.id);
  await page.locator(`mark[data-claim-id="${second.id}"]`).first().click();
  const panel = claimPanel(page);
  await expect(panel.getByText(second.exact, { exact: true })).toBeVisible();
  await expect(panel.getByRole("alert")).toContainText("Couldn’t load this claim: That claim does not exist or was deleted.");
  await expect(panel.getByRole("button", { name: "Try again" })).toBeVisible();
  // Other claims still open normally.
  await page.locator(`mark[data-claim-id="${first.id}"]`).first().click();
  await expect(panel.getByRole("textbox", { name: "Rationale" })).toBeVisible();
  await expect(panel.getByRole("alert")).toHaveCount(0);
});
