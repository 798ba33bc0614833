import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { signUp } from "./fixtures/users";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

for (const theme of ["light", "dark"] as const) {
  test(`no serious accessibility violations on sign-in, workspace, article and dashboard pages (${theme})`, async ({ page }) => {
    // Six pages, each checked by axe: longer than one page's test.
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in to Factdesk" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    const user = await signUp(page);
    expect(await seriousViolations(page)).toEqual([]);

    await addSampleArticle(page, user.workspaceUrl);
    await expect(page.getByRole("article", { name: /Text of/ })).toContainText("landmark");
    expect(await seriousViolations(page)).toEqual([]);

    // The annotation view with a highlighted claim and its panel open.
    await markClaim(page, "announced a landmark agreement on a nationwide ceasefire in Syria");
    await claimPanel(page).getByText("Mostly true", { exact: true }).click();
    await expectSaved(page);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${user.workspaceUrl}/settings/rating-scale`);
    expect(await seriousViolations(page)).toEqual([]);

    // The account page, with the password form's error messages showing.
    await page.goto(`${user.workspaceUrl}/settings/account`);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Enter your current password.")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(user.workspaceUrl);
    expect(await seriousViolations(page)).toEqual([]);

    // Search: a highlighted result beside the filters.
    await page.goto(`${user.workspaceUrl}/search?q=ceasefire`);
    await expect(page.getByTestId("search-result").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // The dashboard with data, its charts drawn and then shown as tables.
    await page.goto(`${user.workspaceUrl}/dashboard`);
    await expect(page.getByRole("region", { name: "All claims" }).getByRole("link", { name: "Claims in the workspace: 1" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    for (const chart of ["Activity", "Verdicts"]) await page.getByRole("button", { name: new RegExp(`^Show as table.*${chart}$`) }).click();
    await expect(page.getByRole("region", { name: "Activity per day" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
