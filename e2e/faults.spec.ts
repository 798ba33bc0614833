import { expect, test } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { signUp } from "./fixtures/users";

const KIRBY = "This is not a decision that was taken lightly";

test("while saves cannot reach the server the panel says so, keeps the typed text and saves it once they can", async ({ page }) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  const id = await markClaim(page, KIRBY);
  await expectSaved(page);

  // The network drops every server-action call (the panel's saves); pages and assets still load.
  let blocked = 0;
  await page.route("**/*", (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      blocked++;
      return route.abort("internetdisconnected");
    }
    return route.fallback();
  });
  const panel = claimPanel(page);
  const field = panel.getByLabel(/Claim checked/);
  const typed = "The decision to suspend talks was taken after weeks of review";
  await field.fill(typed);
  await expect(panel.getByRole("status").first()).toHaveText(/Save failed/, { timeout: 15_000 });
  await expect(panel.getByText(/retrying in \d+s/)).toBeVisible();
  await expect(field).toHaveValue(typed);
  // It keeps trying on its own (backoff of 1 s, then 2 s) rather than giving up.
  await expect.poll(() => blocked, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  await expect(field).toHaveValue(typed);

  await page.unroute("**/*");
  await panel.getByRole("button", { name: "Retry now" }).click();
  await expectSaved(page);

  await page.reload();
  await page.locator(`button[data-claim-item="${id}"]`).click();
  await expect(claimPanel(page).getByLabel(/Claim checked/)).toHaveValue(typed);
});
