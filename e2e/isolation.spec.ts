import { expect, test } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { signUp, uniqueUser } from "./fixtures/users";

test("another workspace's article and workspace answer 404, without their data", async ({ page, browser }) => {
  const alice = await signUp(page, uniqueUser("Alice Owner"));
  const articleUrl = await addSampleArticle(page, alice.workspaceUrl);

  const context = await browser.newContext();
  const mallory = await context.newPage();
  await signUp(mallory, uniqueUser("Mallory Other"));
  for (const url of [articleUrl, alice.workspaceUrl, `${alice.workspaceUrl}/articles/new`]) {
    const response = await mallory.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(mallory.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(mallory.getByText("landmark agreement")).toHaveCount(0);
  }
  await context.close();
});
