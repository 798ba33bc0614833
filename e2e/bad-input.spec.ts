import { expect, test } from "@playwright/test";
import { signUp, uniqueUser } from "./fixtures/users";

test("sign-up explains malformed input field by field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText(/Enter a valid email address/)).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page).toHaveURL(/\/sign-up/);
});

test("a duplicate email is refused with a clear message", async ({ page, browser }) => {
  const user = await signUp(page);
  const other = await browser.newPage();
  await other.goto("/sign-up");
  await other.getByLabel("Name").fill("Second Person");
  await other.getByLabel("Email").fill(user.email);
  await other.getByLabel("Password").fill("another long password");
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByText(/already exists/).first()).toBeVisible();
  await expect(other).toHaveURL(/\/sign-up/);
  await other.close();
});

test("an over-long title is refused and nothing typed is lost", async ({ page }) => {
  const user = await signUp(page);
  await page.goto(`${user.workspaceUrl}/articles/new`);
  await page.getByLabel("Title").fill("A".repeat(320));
  await page.getByLabel("Article text").fill("Text that must survive the failed save.");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Keep the title under 300 characters.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue("Text that must survive the failed save.");
  await page.goto(user.workspaceUrl);
  await expect(page.getByText("No articles to check yet")).toBeVisible();
});
