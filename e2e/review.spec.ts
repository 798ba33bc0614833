import { expect, test } from "@playwright/test";
import { addSampleArticle } from "./fixtures/articles";
import { claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { addMembership } from "./fixtures/db";
import { expectReviewStatus, reviewSection } from "./fixtures/review";
import { signUp, uniqueUser } from "./fixtures/users";

const CEASEFIRE = "On September 10, Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria";
const CHANGES = "Say which time zone: the announcement was late on 9 September in Geneva.";

test("a verdict goes through review: submit, changes requested, resubmit, approval by a teammate", async ({ browser }) => {
  // Two people, six page loads: longer than one person's test.
  test.setTimeout(150_000);
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  const alicePage = await aliceContext.newPage();
  const bobPage = await bobContext.newPage();

  const alice = await signUp(alicePage, uniqueUser("Alice Owner"));
  const bob = await signUp(bobPage, uniqueUser("Bob Reviewer"));
  const slug = alice.workspaceUrl.split("/").pop()!;
  await addMembership(slug, bob.email, "reviewer");

  // Alice checks a claim and submits her verdict; she can never approve it herself.
  const articleUrl = await addSampleArticle(alicePage, alice.workspaceUrl);
  const claimId = await markClaim(alicePage, CEASEFIRE);
  const alicePanel = claimPanel(alicePage);
  const aliceReview = reviewSection(alicePage);
  await expect(aliceReview.getByRole("button", { name: "Submit for review" })).toBeDisabled();
  await expect(aliceReview.getByText("Choose a verdict first")).toBeVisible();
  await alicePanel.getByText("Mostly false", { exact: true }).click();
  await alicePanel.getByRole("textbox", { name: "Rationale" }).click();
  await alicePage.keyboard.type("Announced in Geneva on 9 September.");
  await aliceReview.getByRole("button", { name: "Submit for review" }).click();
  await expectReviewStatus(alicePage, "Submitted for review");
  await expectSaved(alicePage);
  await expect(aliceReview.getByText("Round 1")).toBeVisible();
  await expect(aliceReview.getByText("0 of 1 approval")).toBeVisible();
  await expect(aliceReview.getByText(/You cannot approve a verdict you wrote/)).toBeVisible();
  await expect(alicePanel.getByRole("button", { name: /Approve/ })).toHaveCount(0);

  // Bob finds it in his queue and sends it back with a comment, which is required.
  await bobPage.goto(`/w/${slug}/queue`);
  const toReview = bobPage.getByRole("region", { name: /Waiting for your review/ });
  await expect(toReview.getByRole("link")).toHaveCount(1);
  await toReview.getByRole("link", { name: /landmark agreement/ }).click();
  await bobPage.waitForURL(`**/articles/*?claim=${claimId}`);
  const bobReview = reviewSection(bobPage);
  await expectReviewStatus(bobPage, "Submitted for review");
  await bobReview.getByRole("button", { name: "Request changes" }).click();
  await bobReview.getByRole("button", { name: "Send back for changes" }).click();
  await expect(bobReview.getByRole("alert")).toHaveText("Say what should change: a comment is required when requesting changes.");
  await bobReview.getByLabel("What should change?").fill(CHANGES);
  await bobReview.getByRole("button", { name: "Send back for changes" }).click();
  await expectReviewStatus(bobPage, "Changes requested");
  await expect(bobReview.getByText(CHANGES)).toBeVisible();
  await bobPage.goto(`/w/${slug}/queue`);
  await expect(bobPage.getByText("Nothing to review: no teammate's verdict is waiting for you.")).toBeVisible();

  // Alice is notified, follows the notification to the claim, edits and resubmits: round 2.
  await alicePage.goto(alice.workspaceUrl);
  await alicePage.getByRole("button", { name: "Notifications, 1 unread" }).click();
  await alicePage
    .getByRole("dialog", { name: "Notifications" })
    .getByRole("button", { name: /Bob Reviewer requested changes on your claim/ })
    .click();
  await alicePage.waitForURL(`**/articles/*?claim=${claimId}`);
  await expectReviewStatus(alicePage, "Changes requested");
  await expect(aliceReview.getByText(CHANGES)).toBeVisible();
  await expect(aliceReview.getByText("Bob Reviewer")).toBeVisible();
  await alicePanel.getByRole("textbox", { name: "Rationale" }).click();
  await alicePage.keyboard.press("End");
  await alicePage.keyboard.type(" Late evening, Geneva time.");
  await aliceReview.getByRole("button", { name: "Resubmit for review" }).click();
  await expectReviewStatus(alicePage, "Submitted for review");
  await expect(aliceReview.getByText("Round 2", { exact: true })).toBeVisible();
  await expectSaved(alicePage);

  // Bob approves round 2.
  await bobPage.goto(`${articleUrl}?claim=${claimId}`);
  await expect(claimPanel(bobPage).getByText("Late evening, Geneva time.")).toBeVisible();
  await bobReview.getByRole("button", { name: "Approve", exact: true }).click();
  await expectReviewStatus(bobPage, "Approved");
  await expect(bobReview.getByText("1 of 1 approval")).toBeVisible();

  await alicePage.reload();
  await expectReviewStatus(alicePage, "Approved");
  await expect(alicePanel.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  await expect(aliceReview.getByRole("region", { name: "Reviews of round 1" }).getByText("Requested changes")).toBeVisible();
  await expect(aliceReview.getByRole("region", { name: "Reviews of round 2" }).getByText("Approved", { exact: true })).toBeVisible();

  // The timeline shows every step, oldest first.
  await alicePanel.getByRole("button", { name: /^History/ }).click();
  const steps = alicePanel.getByRole("list", { name: "Claim history" }).getByRole("listitem");
  const expected = [
    "Alice Owner marked this claim",
    "Alice Owner set the verdict: Mostly false",
    "Alice Owner submitted the verdict for review",
    `Bob Reviewer requested changes: ${CHANGES}`,
    "Alice Owner submitted the verdict for review",
    "Bob Reviewer approved the verdict",
  ];
  // The history loads when opened; wait for its last step before reading it all.
  await expect(steps.filter({ hasText: "Bob Reviewer approved the verdict" })).toHaveCount(1);
  const texts = await steps.allTextContents();
  let cursor = 0;
  for (const text of texts) if (cursor < expected.length && text.includes(expected[cursor])) cursor++;
  expect(cursor, `timeline:\n${texts.join("\n")}`).toBe(expected.length);

  await aliceContext.close();
  await bobContext.close();
});

test("an article assigned to me appears in my queue", async ({ page }) => {
  const user = await signUp(page, uniqueUser("Asha Assignee"));
  const articleUrl = await addSampleArticle(page, user.workspaceUrl);
  await page.getByLabel("Assigned to").selectOption({ label: "Asha Assignee" });
  await expect(page.getByLabel("Assigned to")).not.toBeDisabled();
  await page.reload();
  await expect(page.getByLabel("Assigned to")).toHaveValue(/.+/);

  await page.getByRole("link", { name: "My queue" }).click();
  const assigned = page.getByRole("region", { name: /Articles assigned to you/ });
  await assigned.getByRole("link", { name: /US suspends Syria ceasefire talks/ }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}$`));
});
