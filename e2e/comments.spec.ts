import { expect, test, type Page } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { addSource, claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { addMembership } from "./fixtures/db";
import { signUp, uniqueUser } from "./fixtures/users";

const CEASEFIRE = "On September 10, Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria";
const XSS = "<img src=x onerror=window.__xss=1>";

async function unreadCount(page: Page) {
  const response = await page.request.get("/api/notifications/unread");
  expect(response.headers()["cache-control"]).toContain("no-store");
  return ((await response.json()) as { unread: number }).unread;
}

async function postComment(page: Page, body: string) {
  const thread = claimPanel(page).getByRole("form", { name: "Add a comment" });
  await thread.getByRole("textbox", { name: "Comment" }).fill(body);
  await thread.getByRole("textbox", { name: "Comment" }).press("Control+Enter");
}

test("the history records each change in order, and a hostile comment stays text", async ({ page }) => {
  const user = await signUp(page, uniqueUser("Alice Historian"));
  await addSampleArticle(page, user.workspaceUrl);
  await markClaim(page, CEASEFIRE);
  const panel = claimPanel(page);
  await panel.getByText("Mostly false", { exact: true }).click();
  await expectSaved(page);
  await addSource(page, { url: "https://un.example.org/syria", title: "UN statement on Syria", stance: "Refutes" });
  await expectSaved(page);

  // The @-autocomplete offers the member; Enter picks them.
  const composer = panel.getByRole("textbox", { name: "Comment" });
  await composer.fill(`${XSS} cc `);
  await composer.pressSequentially("@Alice H");
  await expect(panel.getByRole("listbox", { name: "Mention a teammate" }).getByRole("option", { name: /Alice Historian/ })).toBeVisible();
  await composer.press("Enter");
  await expect(composer).toHaveValue(`${XSS} cc @Alice Historian `);
  await composer.press("Control+Enter");

  const comment = panel.getByRole("listitem", { name: "Comment by Alice Historian" });
  await expect(comment).toContainText(`${XSS} cc @Alice Historian`);
  await expect(comment.locator("[data-mention]")).toHaveText("@Alice Historian");
  await expect(comment.locator("img")).toHaveCount(0);
  await expect(composer).toHaveValue("");

  await panel.getByRole("button", { name: /^History/ }).click();
  const history = panel.getByRole("list", { name: "Claim history" });
  await expect(history.getByRole("listitem")).toHaveCount(4);
  await expect(history.getByRole("listitem").nth(0)).toContainText("Alice Historian marked this claim");
  await expect(history.getByRole("listitem").nth(1)).toContainText("Alice Historian set the verdict: Mostly false");
  await expect(history.getByRole("listitem").nth(2)).toContainText("Alice Historian added source “UN statement on Syria”");
  await expect(history.getByRole("listitem").nth(3)).toContainText(`Alice Historian commented`);
  await expect(history.getByRole("listitem").nth(3)).toContainText(XSS);
  await expect(history.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(panel.getByRole("button", { name: "History (4)" })).toBeVisible();

  // A verdict change while the panel is open refreshes the history.
  await panel.getByText("False", { exact: true }).click();
  await expectSaved(page);
  await expect(history.getByRole("listitem").nth(4)).toContainText("set the verdict: Mostly false → False");

  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  // Mentioning yourself notifies nobody.
  expect(await unreadCount(page)).toBe(0);
});

test("a failed post keeps the text and says why", async ({ page }) => {
  const user = await signUp(page, uniqueUser("Carl Offline"));
  await addSampleArticle(page, user.workspaceUrl);
  await markClaim(page, CEASEFIRE);
  await page.route("**/*", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await postComment(page, "Check the Geneva timestamp.");
  const form = claimPanel(page).getByRole("form", { name: "Add a comment" });
  await expect(form.getByRole("alert")).toContainText("Your comment is still here");
  await expect(form.getByRole("textbox", { name: "Comment" })).toHaveValue("Check the Geneva timestamp.");
});

test("the unread count needs a session", async ({ request }) => {
  const response = await request.get("/api/notifications/unread");
  expect(response.status()).toBe(401);
});

test("Alice mentions Bob; Bob's bell shows it and leads to the claim", async ({ browser }) => {
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  const alicePage = await aliceContext.newPage();
  const bobPage = await bobContext.newPage();
  const alice = await signUp(alicePage, uniqueUser("Alice Mentioner"));
  const bob = await signUp(bobPage, uniqueUser("Bob Mentioned"));
  const slug = alice.workspaceUrl.split("/").pop()!;
  await addMembership(slug, bob.email, "reviewer");

  const articleUrl = await addSampleArticle(alicePage, alice.workspaceUrl);
  const claimId = await markClaim(alicePage, CEASEFIRE);
  await postComment(alicePage, "@Bob Mentioned can you check the date?");
  await expect(claimPanel(alicePage).locator("[data-mention]")).toHaveText("@Bob Mentioned");

  expect(await unreadCount(bobPage)).toBe(1);
  await bobPage.goto(bob.workspaceUrl);
  const bell = bobPage.getByRole("button", { name: "Notifications, 1 unread" });
  await expect(bell).toBeVisible({ timeout: 20_000 });
  await bell.click();
  const popover = bobPage.getByRole("dialog", { name: "Notifications" });
  const item = popover.getByRole("button", { name: /Alice Mentioner mentioned you in a comment/ });
  await expect(item).toContainText(CEASEFIRE.slice(0, 40));
  await item.click();
  await bobPage.waitForURL(`**${articleUrl}?claim=${claimId}`);
  await expect(claimPanel(bobPage).getByText(CEASEFIRE, { exact: true })).toBeVisible();
  await expect(bobPage.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();
  expect(await unreadCount(bobPage)).toBe(0);
  await aliceContext.close();
  await bobContext.close();
});
