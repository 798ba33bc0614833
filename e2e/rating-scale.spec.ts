import { expect, test } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { signUp } from "./fixtures/users";

test("an owner renames and recolours a rating; highlights and legend follow; a used rating cannot be removed", async ({ page }) => {
  const user = await signUp(page);
  const articleUrl = await addSampleArticle(page, user.workspaceUrl);
  const id = await markClaim(page, "everybody's patience with Russia has run out");
  await claimPanel(page).getByText("Mostly false", { exact: true }).click();
  await expectSaved(page);

  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Rating scale" }).click();
  await expect(page).toHaveTitle(/Rating scale/);
  await page.getByLabel("Name of rating 4").fill("Largely false");
  await page.getByLabel("Hex colour of Largely false").fill("#7c3aed");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.getByRole("button", { name: "Remove Largely false" }).click();
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Largely false/ })).toContainText(/1 claim/);

  await page.goto(articleUrl);
  await expect(page.locator(`mark[data-claim-id="${id}"]`)).toHaveAttribute("title", "Largely false");
  await expect(page.locator(`mark[data-claim-id="${id}"]`)).toHaveAttribute("style", /#7c3aed/);
  await expect(page.getByLabel("Highlight colours")).toContainText("Largely false");
});
