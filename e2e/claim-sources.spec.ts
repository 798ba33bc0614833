import { expect, test } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { addSource, claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { expectReviewStatus, reviewSection } from "./fixtures/review";
import { signUp, uniqueUser } from "./fixtures/users";

const CEASEFIRE = "On September 10, Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria";
const STATEMENT = "Joint statement of the United States and Russia";
const TIMELINE = "Geneva talks timeline";

// Editing, moving and removing a source (each one SQL statement, lib/claims/source-write-sql.ts):
// the panel shows the answer, a reload shows the same, an edit sends a verdict under review back to
// "In progress", and the history tells each step in order.
test("edit, move and remove sources of a claim under review", async ({ page }) => {
  test.setTimeout(120_000);
  const user = await signUp(page, uniqueUser("Sam Sourcer"));
  await addSampleArticle(page, user.workspaceUrl);
  const claimId = await markClaim(page, CEASEFIRE);
  const panel = claimPanel(page);
  await panel.getByText("Mostly false", { exact: true }).click();
  await expectSaved(page);
  await addSource(page, { url: "https://www.state.gov/joint-statement", title: STATEMENT, date: "2016-09-09", stance: "Refutes" });
  await addSource(page, { url: "https://news.example.org/geneva-talks", title: TIMELINE, stance: "Context" });
  await expectSaved(page);
  await reviewSection(page).getByRole("button", { name: "Submit for review" }).click();
  await expectReviewStatus(page, "Submitted for review");
  await expectSaved(page);

  // A bad address is refused with a clear message, and the stored source is kept.
  await panel.getByRole("button", { name: `Edit source ${TIMELINE}` }).click();
  const form = panel.getByRole("form", { name: `Edit source ${TIMELINE}` });
  await form.getByLabel("Address (URL)").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Save source" }).click();
  await expect(form.getByText("Enter a web address starting with http:// or https://.")).toBeVisible();
  await form.getByLabel("Address (URL)").fill("https://news.example.org/geneva-talks");
  await form.getByLabel("Date").fill("2016-09-12");
  await form.getByLabel("Supports").check();
  await form.getByRole("button", { name: "Save source" }).click();
  const timeline = panel.getByRole("article", { name: TIMELINE });
  await expect(timeline).toContainText("Supports");
  await expectReviewStatus(page, "In progress");

  await panel.getByRole("button", { name: `Move source ${TIMELINE} up` }).click();
  await expect(panel.getByRole("article").first()).toHaveAccessibleName(TIMELINE);
  await expectSaved(page);
  await panel.getByRole("button", { name: `Remove source ${STATEMENT}` }).click();
  await panel.getByRole("group", { name: `Confirm removing source ${STATEMENT}` }).getByRole("button", { name: "Remove" }).click();
  await expect(panel.getByRole("article")).toHaveCount(1);
  await expectSaved(page);

  await page.reload();
  await page.locator(`button[data-claim-item="${claimId}"]`).click();
  await expect(panel.getByRole("article")).toHaveCount(1);
  await expect(timeline).toContainText("Supports");
  await expect(timeline).toContainText("2016");
  await expectReviewStatus(page, "In progress");

  await panel.getByRole("button", { name: /^History/ }).click();
  const items = panel.getByRole("list", { name: "Claim history" }).getByRole("listitem");
  await expect(items.last()).toContainText(`removed source “${STATEMENT}”`);
  const texts = await items.allInnerTexts();
  const steps = [`added source “${TIMELINE}”`, `edited source “${TIMELINE}”`, "Submitted for review → In progress", "reordered the sources", `removed source “${STATEMENT}”`];
  const at = steps.map((step) => texts.findIndex((text) => text.includes(step)));
  expect(at.every((index) => index >= 0), JSON.stringify(texts)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(texts[at[1]]).toContain("Changed the publication date, stance (context → supports)");
  expect(texts[at[2]]).toContain("Reopened: the claim changed after its review");
});
