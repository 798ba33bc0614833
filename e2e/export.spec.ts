import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { addSampleArticle } from "./fixtures/articles";
import { addSource, claimPanel, expectSaved, markClaim } from "./fixtures/claims";
import { signUp } from "./fixtures/users";

const CEASEFIRE = "On September 10, Russia and the US announced a landmark agreement on a nationwide ceasefire in Syria";
const RATIONALE = "Both governments announced the deal in Geneva late on 9 September, local time.";
const SOURCE = "Joint announcement of the United States and Russia";

// Each format: the menu item's label, the file's extension and how its first bytes look.
const FORMATS = [
  { name: "HTML report", ext: ".html", head: /^<!doctype html>/i },
  { name: "PDF report", ext: ".pdf", head: /^%PDF-/ },
  { name: "Markdown", ext: ".md", head: /^# / },
  { name: "JSON", ext: ".json", head: /^\{\s*"format": "factdesk\.article-report"/ },
  { name: "CSV (one row per claim)", ext: ".csv", head: /^number,claim_id,/ },
  { name: "ClaimReview JSON-LD", ext: ".claimreview.jsonld", head: /^\[/ },
  { name: "W3C Web Annotations", ext: ".annotations.jsonld", head: /^\{\s*"@context": "http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/ },
] as const;

async function download(page: Page, item: string, path: string) {
  await page.getByRole("button", { name: "Export" }).click();
  const menu = page.getByRole("menu");
  const [file] = await Promise.all([page.waitForEvent("download"), menu.getByRole("menuitem", { name: item, exact: true }).click()]);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test("export an annotated article in every format and read the reports", async ({ page }, testInfo) => {
  const user = await signUp(page);
  await addSampleArticle(page, user.workspaceUrl);
  await markClaim(page, CEASEFIRE);
  const panel = claimPanel(page);
  await panel.getByText("Mostly false", { exact: true }).click();
  await panel.getByRole("textbox", { name: "Rationale" }).click();
  await page.keyboard.type(RATIONALE);
  await expectSaved(page);
  await addSource(page, { url: "https://www.state.gov/joint-announcement-syria", title: SOURCE, publisher: "US Department of State", stance: "Refutes" });
  await expectSaved(page);

  const files: Record<string, { name: string; bytes: Buffer; path: string }> = {};
  for (const format of FORMATS) {
    const path = testInfo.outputPath(`report${format.ext}`);
    const file = await download(page, format.name, path);
    expect(file.name.endsWith(format.ext), `${format.name}: ${file.name}`).toBe(true);
    // Only the ClaimReview file may be tiny: nothing is approved yet, so it is "[]".
    expect(file.bytes.length).toBeGreaterThan(format.ext === ".claimreview.jsonld" ? 1 : 100);
    expect(file.bytes.subarray(0, 200).toString("utf8")).toMatch(format.head);
    files[format.ext] = { ...file, path };
    await testInfo.attach(file.name, { path });
  }

  // Nothing approved yet: the ClaimReview file is an empty list, the W3C collection has the claim.
  expect(JSON.parse(files[".claimreview.jsonld"].bytes.toString("utf8"))).toEqual([]);
  expect(JSON.parse(files[".annotations.jsonld"].bytes.toString("utf8")).total).toBe(1);

  const pdf = await extractText(await getDocumentProxy(new Uint8Array(files[".pdf"].bytes)), { mergePages: true });
  expect(pdf.text).toContain("Mostly false");
  expect(pdf.text.replace(/\s+/g, " ")).toContain(CEASEFIRE);
  expect(pdf.text).toContain(SOURCE);

  await page.goto(pathToFileURL(files[".html"].path).href);
  const highlight = page.locator('mark.claim[data-claim="1"]');
  await expect(highlight).toBeVisible();
  await expect(highlight).toHaveText(CEASEFIRE);
  await expect(page.locator("sup.ref a[href='#claim-1']")).toBeVisible();
  const note = page.locator("#claim-1");
  await expect(note.locator(".verdict")).toHaveText("Mostly false");
  await expect(note).toContainText(RATIONALE);
  await expect(note.getByRole("link", { name: SOURCE })).toHaveAttribute("href", "https://www.state.gov/joint-announcement-syria");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await testInfo.attach("html-report.png", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
});
