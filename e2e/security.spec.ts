import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { addMembership } from "./fixtures/db";
import { createTeamWorkspace } from "./fixtures/team";
import { PASSWORD, signIn, signUp, uniqueUser } from "./fixtures/users";

// Each test that trips a rate limit comes from its own (documentation-range) address, so the
// per-address counters of the shared e2e server are never spent for other tests.
const freshAddress = () => `203.0.113.${randomBytes(1)[0]}, 198.51.100.${randomBytes(1)[0]}`;

/** The form's own message (Next's route announcer is an empty role=alert too). */
const formAlert = (page: Page) => page.locator("form [role=alert]").first();

/** Records CSP violations (the DOM event and the console message) from the first script on. */
async function watchCsp(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const log = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      log.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return async () => [...problems, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test("every main page loads under the CSP with no violation, and sends the security headers", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);
  const seen: string[] = [];
  const visit = async (path: string, ready: () => Promise<void>) => {
    const response = await page.goto(path);
    await ready();
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).not.toContain("unsafe-eval");
    expect(response?.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response?.headers()["x-frame-options"], path).toBe("DENY");
    seen.push(...(await violations()).map((violation) => `${path}: ${violation}`));
  };

  await visit("/sign-in", () => expect(page.getByRole("heading", { name: "Sign in to Factdesk" })).toBeVisible());
  await visit("/sign-up", () => expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible());
  const user = await signUp(page);
  const base = user.workspaceUrl;
  seen.push(...(await violations()));

  const headers = (await page.request.get("/sign-in")).headers();
  const csp = headers["content-security-policy"];
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(csp).toContain(directive);
  }
  // A fresh nonce on every response.
  expect((await page.request.get("/sign-in")).headers()["content-security-policy"]).not.toBe(csp);

  const articleUrl = await addSampleArticle(page, base);
  await markClaim(page, "announced a landmark agreement on a nationwide ceasefire in Syria");
  await claimPanel(page).getByText("Mostly true", { exact: true }).click();
  await expectSaved(page);
  const claimId = await page.locator("button[data-claim-item][aria-current=true]").getAttribute("data-claim-item");
  seen.push(...(await violations()));

  await visit(base, () => expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible());
  await visit(`${articleUrl}?claim=${claimId}`, () => expect(claimPanel(page)).toBeVisible());
  await visit(`${base}/articles/new`, () => expect(page.getByRole("tab", { name: "Paste" })).toBeVisible());
  await visit(`${base}/queue`, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
  await visit(`${base}/dashboard`, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
  await visit(`${base}/search?q=ceasefire`, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
  for (const settings of ["", "/members", "/rating-scale", "/backup", "/account"]) {
    await visit(`${base}/settings${settings}`, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
  }
  // The standalone HTML report keeps its own, stricter policy.
  const report = await page.request.get(`/api${articleUrl.replace(/^\/w\//, "/w/")}/export?format=html&view=1`);
  expect(report.headers()["content-security-policy"]).toContain("default-src 'none'");

  expect(seen).toEqual([]);
});

test("session cookies are httpOnly and SameSite=Lax", async ({ page, context }) => {
  await signUp(page);
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // Served over http here; over https the cookie is Secure and __Secure- prefixed (lib/auth/cookies.test.ts).
  expect(session?.secure).toBe(false);
});

test("too many failed sign-ins lock the account with a clear message, also for the right password", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": freshAddress() });
  const user = await signUp(page);
  await page.context().clearCookies();
  await page.goto("/sign-in");
  for (let attempt = 0; attempt < 10; attempt++) {
    await signIn(page, { email: user.email, password: `wrong password ${attempt}` });
    await expect(formAlert(page)).toHaveText("That email and password do not match an account. Check both and try again.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await signIn(page, { email: user.email, password: PASSWORD });
  await expect(formAlert(page)).toHaveText(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated sign-ups for one email are limited with a clear message", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": freshAddress() });
  const user = await signUp(page);
  await page.context().clearCookies();
  for (let attempt = 1; attempt < 5; attempt++) {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill(user.name);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("An account with this email already exists. Sign in instead?")).toBeVisible();
  }
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(formAlert(page)).toHaveText(/^Too many sign-up attempts\. Try again in (59|60) minutes\.$/);
});

test("changing the password signs out other sessions and keeps this one", async ({ page, browser }) => {
  const user = await signUp(page);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await signIn(otherPage, user);
  await otherPage.waitForURL(/\/w\//);

  await page.goto(`${user.workspaceUrl}/settings/account`);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  // Bad input first: a wrong current password and a mismatch are explained, nothing changes.
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("Confirm new password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not correct.").first()).toBeVisible();
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("Confirm new password").fill("a different passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The two new passwords do not match.")).toBeVisible();

  await page.getByLabel("Confirm new password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();
  // This browser signed in again with the new password; the other one is signed out.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await otherPage.goto(user.workspaceUrl);
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await expect(otherPage.getByRole("heading", { name: "Sign in to Factdesk" })).toBeVisible();
  // The old cookie is still in that browser; next-auth's session endpoint reveals nothing from it.
  const staleSession = await otherPage.request.get("/api/auth/session");
  expect(await staleSession.json()).not.toHaveProperty("user");
  expect(await staleSession.text()).not.toContain(user.email);
  await signIn(otherPage, { email: user.email, password: user.password });
  await expect(formAlert(otherPage)).toContainText("do not match");
  await signIn(otherPage, { email: user.email, password: "a brand new passphrase" });
  await otherPage.waitForURL(/\/w\//);
  await other.close();
});

test("a member removed from a workspace is signed out at once", async ({ page, browser }) => {
  await signUp(page, uniqueUser("Owen Owner"));
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  const member = await signUp(memberPage, uniqueUser("Mia Member"));
  const team = await createTeamWorkspace(page);
  await addMembership(team.workspaceUrl.split("/").pop()!, member.email, "editor");
  await memberPage.goto(team.workspaceUrl);
  await expect(memberPage.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();

  await page.goto(`${team.workspaceUrl}/settings/members`);
  const row = page.getByRole("row").filter({ hasText: member.email });
  await row.getByRole("button", { name: `Remove ${member.name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
  // While the dialog is open the table is hidden from the accessibility tree, so "no such row"
  // alone can pass before the removal is saved; the dialog closes once it is.
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByRole("row").filter({ hasText: member.email })).toHaveCount(0);

  // Signed out everywhere, their own workspace included.
  await memberPage.goto(member.workspaceUrl);
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await memberContext.close();
});
