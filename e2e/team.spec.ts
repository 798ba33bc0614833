import { expect, test } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { createTeamWorkspace, inviteMember, uniqueEmail } from "./fixtures/team";
import { PASSWORD, signUp, uniqueUser } from "./fixtures/users";

test("invitation link → new user signs up → lands in the workspace with the invited role", async ({ page, browser }) => {
  await signUp(page, uniqueUser("Olga Owner"));
  const team = await createTeamWorkspace(page);
  const articleUrl = await addSampleArticle(page, team.workspaceUrl);
  const email = uniqueEmail();
  const link = await inviteMember(page, team.workspaceUrl, email, "reviewer");
  await expect(page.getByRole("listitem").filter({ hasText: email })).toContainText("reviewer");

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expect(invitee.getByText(`Olga Owner invited ${email} to join ${team.name}`)).toBeVisible();
  await invitee.getByRole("link", { name: "Create an account" }).click();
  await invitee.getByLabel("Name").fill("Rafael Reviewer");
  await invitee.getByLabel("Email").fill(email);
  await invitee.getByLabel("Password").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Create account" }).click();
  await invitee.waitForURL((url) => url.pathname === new URL(link).pathname);
  await invitee.getByRole("button", { name: `Join ${team.name} as reviewer` }).click();
  await invitee.waitForURL((url) => url.pathname === team.workspaceUrl);
  await expect(invitee.getByRole("button", { name: /Switch workspace/ })).toContainText(team.name);
  await expect(invitee.getByRole("button", { name: /Switch workspace/ })).toContainText("reviewer");
  await invitee.goto(articleUrl);
  await expect(invitee.getByRole("button", { name: /Mark as claim/ })).toBeVisible();

  // The link worked once.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();

  await page.goto(`${team.workspaceUrl}/settings/members`);
  await page.getByLabel("Role of Rafael Reviewer").selectOption("viewer");
  await expect(page.getByLabel("Role of Rafael Reviewer")).toHaveValue("viewer");
  await page.reload();
  await expect(page.getByLabel("Role of Rafael Reviewer")).toHaveValue("viewer");

  await invitee.goto(articleUrl);
  await expect(invitee.getByText("your role does not allow annotating")).toBeVisible();
  await expect(invitee.getByRole("button", { name: /Mark as claim/ })).toHaveCount(0);
  await context.close();
});

test("a forwarded invitation cannot be accepted by another account", async ({ page, browser }) => {
  await signUp(page, uniqueUser("Fiona Owner"));
  const team = await createTeamWorkspace(page);
  const email = uniqueEmail("intended");
  const link = await inviteMember(page, team.workspaceUrl, email, "editor");

  const context = await browser.newContext();
  const other = await context.newPage();
  await signUp(other, uniqueUser("Mallory Forwardee"));
  await other.goto(link);
  await expect(other.getByRole("alert").filter({ hasText: /\w/ })).toContainText(`This invitation is for ${email}`);
  await expect(other.getByRole("button", { name: /^Join / })).toHaveCount(0);
  await other.goto(team.workspaceUrl);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await context.close();
});

test("the last owner cannot be demoted, and is told why", async ({ page }) => {
  const owner = await signUp(page, uniqueUser("Lena Last"));
  const team = await createTeamWorkspace(page);
  await page.goto(`${team.workspaceUrl}/settings/members`);
  await page.getByLabel(`Role of ${owner.name}`).selectOption("editor");
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText("A workspace needs at least one owner");
  await page.reload();
  await expect(page.getByLabel(`Role of ${owner.name}`)).toHaveValue("owner");
  await expect(page.getByRole("button", { name: /Switch workspace/ })).toContainText("owner");
});

test("an invalid email in the invite form gets a message and nothing is saved", async ({ page }) => {
  await signUp(page, uniqueUser("Ivan Inviter"));
  const team = await createTeamWorkspace(page);
  await page.goto(`${team.workspaceUrl}/settings/members`);
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.locator("#invite-email-error")).toHaveText("Enter a valid email address, like name@example.org.");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Invitation link")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("No pending invitations.")).toBeVisible();
});
