import { expect, test } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { addSource, claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { selectArticleText } from "./fixtures/selection";
import { signUp } from "./fixtures/users";

const KIRBY = "This is not a decision that was taken lightly";

test("deleting a claim asks first and can be undone", async ({ page }) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  const id = await markClaim(page, KIRBY);
  await claimPanel(page).getByText("True", { exact: true }).click();
  await expectSaved(page);

  await claimPanel(page).getByRole("button", { name: "Delete claim" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("Delete this claim?");
  await confirm.getByRole("button", { name: /Delete/ }).click();
  await expect(page.locator(`mark[data-claim-id="${id}"]`)).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(`mark[data-claim-id="${id}"]`)).toHaveCount(1);
  await page.reload();
  await page.locator(`button[data-claim-item="${id}"]`).click();
  await expect(claimPanel(page).getByRole("radio", { name: /^True/ })).toBeChecked();
});

test("a claim whose text is deleted is kept as an orphan and can be re-attached", async ({ page }) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  const id = await markClaim(page, KIRBY);
  await claimPanel(page).getByText("Half true", { exact: true }).click();
  await expectSaved(page);

  await page.getByRole("button", { name: "Edit text" }).click();
  await selectArticleText(page, `“${KIRBY},” State Department spokesperson John Kirby said in a statement here.`);
  await page.keyboard.press("Backspace");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByText(/1 claim lost its place/)).toBeVisible();
  await expect(page.locator(`mark[data-claim-id="${id}"]`)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Lost their place in the text \(1\)/ })).toBeVisible();

  await page.locator(`button[data-claim-item="${id}"]`).click();
  await expect(claimPanel(page).getByRole("radio", { name: /^Half true/ })).toBeChecked();
  await selectArticleText(page, "everybody's patience with Russia has run out");
  await claimPanel(page).getByRole("button", { name: "Re-attach to selected text" }).click();
  await expect(page.locator(`mark[data-claim-id="${id}"]`)).toHaveText("everybody's patience with Russia has run out");
  await expect(page.getByRole("heading", { name: /Lost their place/ })).toHaveCount(0);
});

test("two people editing the same claim get a conflict, not a lost update", async ({ page, browser }) => {
  const user = await signUp(page);
  const articleUrl = await addSampleArticle(page, user.workspaceUrl);
  const id = await markClaim(page, KIRBY);
  await expectSaved(page);

  const other = await browser.newPage({ storageState: await page.context().storageState() });
  await other.goto(articleUrl);
  await other.locator(`button[data-claim-item="${id}"]`).click();

  await claimPanel(page).getByText("False", { exact: true }).click();
  await expectSaved(page);
  await claimPanel(other).getByText("True", { exact: true }).click();
  await expect(claimPanel(other).getByText("Someone else changed this claim")).toBeVisible();
  await claimPanel(other).getByRole("button", { name: "Show their version" }).click();
  await expect(claimPanel(other).getByRole("radio", { name: /^False/ })).toBeChecked();
  await other.close();

  await page.reload();
  await page.locator(`button[data-claim-item="${id}"]`).click();
  await expect(claimPanel(page).getByRole("radio", { name: /^False/ })).toBeChecked();
});

test("bad input on a claim gets a clear message and keeps what was typed; payloads stay text", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  await markClaim(page, KIRBY);

  const panel = claimPanel(page);
  await panel.getByRole("button", { name: "Add source" }).click();
  const form = panel.getByRole("form", { name: "Add a source" });
  await form.getByLabel("Address (URL)").fill("javascript:alert(1)");
  await form.getByLabel("Title").fill("A title that must survive");
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(form.getByText(/http/i).first()).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue("A title that must survive");
  await form.getByRole("button", { name: "Cancel" }).click();

  const payload = `<img src=x onerror="window.__xss=1;alert(1)">`;
  await addSource(page, { url: "https://example.org/x", title: payload, stance: "Context" });
  await panel.getByRole("textbox", { name: "Rationale" }).click();
  await page.keyboard.type(`<script>window.__xss=2</script> <a href="javascript:alert(1)">x</a>`);
  await expectSaved(page);
  await page.reload();
  await page.locator("button[data-claim-item]").first().click();
  await expect(panel.getByRole("article", { name: payload })).toBeVisible();
  await expect(panel.getByRole("textbox", { name: "Rationale" })).toContainText("<script>window.__xss=2</script>");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
});
