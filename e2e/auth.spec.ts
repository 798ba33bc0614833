import { expect, test } from "@playwright/test";
import { addSampleArticle, sampleArticle } from "./fixtures/articles";
import { signIn, signUp, uniqueUser } from "./fixtures/users";

test("sign up, open the sample article, sign out and sign in again", async ({ page }) => {
  const user = await signUp(page, uniqueUser("Nadia Verifier"));
  await expect(page.getByText("No articles to check yet")).toBeVisible();
  await expect(page).toHaveTitle(/Articles · Nadia Verifier's workspace · Factdesk/);

  const articleUrl = await addSampleArticle(page, user.workspaceUrl);
  const editor = page.getByRole("article", { name: /Text of/ });
  await expect(editor).toContainText("On September 10, Russia and the US announced a landmark agreement");
  await expect(editor).toHaveAttribute("contenteditable", "false");
  await expect(page.getByText("3 Oct 2016")).toBeVisible();
  await expect(page.getByRole("link", { name: /news\.example\.org/ })).toHaveAttribute("href", "https://news.example.org/world/syria-ceasefire");

  await page.goto(user.workspaceUrl);
  const row = page.getByRole("row", { name: new RegExp(sampleArticle.title.slice(0, 30)) });
  await expect(row).toContainText("news.example.org");
  await expect(row.getByRole("cell").last()).toHaveText("0");

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);

  await page.goto(articleUrl);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signIn(page, user);
  await page.waitForURL((url) => url.pathname === articleUrl);
  await expect(page.getByRole("article", { name: /Text of/ })).toContainText("landmark agreement");
});

test("a wrong password gets a message that does not say whether the email exists", async ({ page }) => {
  const user = await signUp(page);
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await signIn(page, { email: user.email, password: "not the right password" });
  const wrongPassword = page.getByRole("alert").filter({ hasText: /\w/ });
  await expect(wrongPassword).toHaveText(/do not match an account/);
  const message = await wrongPassword.textContent();

  await page.reload();
  await signIn(page, { email: `nobody.${Date.now()}@example.org`, password: "not the right password" });
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(message!);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signed-out visitors are sent to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page).toHaveTitle("Sign in · Factdesk");
});

test("a demo account opens the seeded sample article, its suggestions waiting", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, { email: "rita@demo.factdesk.test", password: "factdesk-demo-password" });
  await page.waitForURL(/\/w\//);
  await page.getByRole("button", { name: /Switch workspace/ }).click();
  await page.getByRole("menuitem", { name: /Demo Newsroom/ }).click();
  await page.getByRole("link", { name: sampleArticle.title }).click();
  await expect(page.getByRole("article", { name: /Text of/ })).toContainText("And that's tragic");
  await expect(page.getByRole("button", { name: /Switch workspace/ })).toContainText("reviewer");
  // Seeded as an import would: its check-worthy sentences wait as suggestions.
  await page.getByRole("button", { name: /^Suggestions/ }).click();
  await expect(page.getByRole("dialog", { name: "Suggested claims" })).toContainText("On September 10, Russia and the US announced");
});
