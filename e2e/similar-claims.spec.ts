import { expect, test, type Page } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { addSource, claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { signUp } from "./fixtures/users";

const CEASEFIRE = "On September 10, Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria";
const REWORDED = "Russia and the US announced a landmark agreement on a ceasefire across Syria on September 10";
const SECOND_TEXT = `Diplomats met again in Geneva this week. ${REWORDED}, officials recalled. The talks continue.`;

async function addSecondArticle(page: Page, workspaceUrl: string) {
  await page.goto(`${workspaceUrl}/articles/new`);
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Title").fill("Geneva talks resume");
  await page.getByLabel("Article text").fill(SECOND_TEXT);
  await page.getByRole("button", { name: "Save article" }).click();
  await page.waitForURL(/\/articles\/(?!new)[^/]+$/);
}

test("a near-duplicate claim in a second article shows the first one's verdict; link it and copy verdict and sources", async ({ page }) => {
  test.slow();
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  await markClaim(page, CEASEFIRE);
  const panel = claimPanel(page);
  await panel.getByText("Mostly false", { exact: true }).click();
  await addSource(page, { url: "https://www.state.gov/joint-announcement-syria", title: "Joint announcement", stance: "Refutes" });
  await expectSaved(page);

  await addSecondArticle(page, user.workspaceUrl);
  await markClaim(page, REWORDED);
  const similar = panel.getByRole("region", { name: "Similar earlier claims" });
  const earlier = similar.getByTestId("similar-claim");
  await expect(earlier).toHaveCount(1);
  await expect(earlier).toContainText("Mostly false");
  await expect(earlier).toContainText(CEASEFIRE);
  await expect(earlier.getByRole("link", { name: /Syria/ })).toHaveAttribute("href", /\?claim=/);
  await expect(panel.getByRole("radio", { name: /Mostly false/ })).not.toBeChecked();
  await page.screenshot({ path: "test-results/similar-claims-light.png" });

  await similar.getByRole("button", { name: /Link to the earlier check/ }).click();
  const linked = panel.getByRole("region", { name: "Linked earlier check" });
  await expect(linked.getByTestId("linked-claim")).toContainText("Mostly false");

  await linked.getByRole("button", { name: "Copy verdict" }).click();
  await expect(panel.getByRole("radio", { name: /Mostly false/ })).toBeChecked();
  await expect(linked.getByRole("button", { name: "Same verdict" })).toBeDisabled();
  await linked.getByRole("button", { name: "Copy sources (1)" }).click();
  await expect(panel.getByRole("article", { name: "Joint announcement" })).toBeVisible();
  await expectSaved(page);

  // Everything was saved through the ordinary edits: it survives a reload and is in the history.
  await page.reload();
  await page.locator("button[data-claim-item]").first().click();
  await expect(panel.getByRole("radio", { name: /Mostly false/ })).toBeChecked();
  await expect(panel.getByRole("region", { name: "Linked earlier check" })).toContainText(CEASEFIRE);
  await panel.getByRole("button", { name: /^History/ }).click();
  const history = panel.getByRole("list", { name: "Claim history" });
  await expect(history).toContainText("linked this claim to an earlier check");
  await expect(history).toContainText("set the verdict: Mostly false");
  await expect(history).toContainText("added source “Joint announcement”");
});

test("typing the wording looks up earlier claims; unrelated claims show nothing", async ({ page }) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  await markClaim(page, CEASEFIRE);
  await expectSaved(page);
  await addSecondArticle(page, user.workspaceUrl);
  await markClaim(page, "The talks continue.");
  const panel = claimPanel(page);
  // The lookup runs after a short pause; give it time to (not) show anything.
  await page.waitForTimeout(1_500);
  await expect(panel.getByRole("region", { name: "Similar earlier claims" })).toHaveCount(0);
  await panel.getByLabel(/Claim checked/).fill("Russia and the US agreed a nationwide ceasefire in Syria on September 10");
  await expect(panel.getByRole("region", { name: "Similar earlier claims" }).getByTestId("similar-claim")).toContainText(CEASEFIRE);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: "test-results/similar-claims-dark.png" });
});
