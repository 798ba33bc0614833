import { mkdtemp, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { sampleArticle } from "./fixtures/articles";
import { IMPORT_SERVER, startImportServer } from "./fixtures/import-server";
import { signUp } from "./fixtures/users";

// One fixture server on a fixed port (allow-listed in playwright.config.ts): this file's tests
// run one after another in one worker, each still with its own user.
test.describe.configure({ mode: "default" });

let server: Server;
test.beforeAll(async () => {
  server = await startImportServer();
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Records any dialog a payload might open; the page must never see one. */
function watchDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function openNewArticle(page: Page) {
  const user = await signUp(page);
  await page.goto(`${user.workspaceUrl}/articles/new`);
  return user;
}

async function saveAndExpectArticle(page: Page, text: string) {
  await page.getByRole("button", { name: "Save article" }).click();
  await page.waitForURL(/\/articles\/(?!new)[^/]+$/);
  await expect(page.getByRole("article", { name: /Text of/ })).toContainText(text);
}

const noPayloadRan = async (page: Page, dialogs: string[]) => {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
};

test("imports an article from a URL with its details, and none of its scripts", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openNewArticle(page);
  await page.getByRole("tab", { name: "From a URL" }).click();
  await page.getByLabel("Article web address").fill(`${IMPORT_SERVER}/article`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  const preview = page.getByRole("region", { name: "Import preview" });
  await expect(preview).toContainText(sampleArticle.text.split("\n")[0].slice(0, 60));
  await expect(page.getByLabel("Title")).toHaveValue(sampleArticle.title);
  await expect(page.getByLabel("Byline")).toHaveValue(/Agency Staff/);
  await expect(page.getByLabel("Publication date")).toHaveValue("2016-10-03");
  await expect(page.getByLabel("Source URL")).toHaveValue(`${IMPORT_SERVER}/article`);
  await saveAndExpectArticle(page, "landmark agreement");
  await expect(page.getByRole("article", { name: /Text of/ })).not.toContainText("Home");
  await noPayloadRan(page, dialogs);
});

test("refuses private addresses and oversized pages with clear messages, keeping typed details", async ({ page }) => {
  await openNewArticle(page);
  await page.getByLabel("Title").fill("My own title");
  await page.getByRole("tab", { name: "From a URL" }).click();
  const address = page.getByLabel("Article web address");
  await address.fill("http://169.254.169.254/latest/meta-data/");
  await address.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(/private or local network/);
  await address.fill(`${IMPORT_SERVER}/huge`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(/larger than 5 MB/);
  await expect(page.getByLabel("Title")).toHaveValue("My own title");
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test("imports a Word document", async ({ page }) => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Talks suspended, says Kirby", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun("Washington "), new TextRun({ text: "suspended", bold: true }), new TextRun(" talks with Moscow on Monday.")] }),
        ],
      },
    ],
  });
  const file = path.join(await mkdtemp(path.join(tmpdir(), "factdesk-import-")), "talks.docx");
  await writeFile(file, await Packer.toBuffer(doc));
  await openNewArticle(page);
  await page.getByRole("tab", { name: "Upload a file" }).click();
  await page.getByLabel("Article file").setInputFiles(file);
  await expect(page.getByRole("region", { name: "Import preview" })).toContainText("Washington suspended talks");
  await expect(page.getByLabel("Title")).toHaveValue("Talks suspended, says Kirby");
  await saveAndExpectArticle(page, "Washington suspended talks with Moscow on Monday.");
  await expect(page.getByRole("article", { name: /Text of/ }).locator("strong")).toHaveText("suspended");
});

test("imports a Markdown file", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openNewArticle(page);
  await page.getByRole("tab", { name: "Upload a file" }).click();
  await page.getByLabel("Article file").setInputFiles({
    name: "notes.md",
    mimeType: "text/markdown",
    buffer: Buffer.from("# Ceasefire notes\n\nKirby called it **not a decision taken lightly**.\n\n- Talks suspended\n- Accusations of attacks\n\n<img src=x onerror=\"alert('md')\">\n"),
  });
  await expect(page.getByLabel("Title")).toHaveValue("Ceasefire notes");
  await saveAndExpectArticle(page, "Kirby called it not a decision taken lightly.");
  await expect(page.getByRole("article", { name: /Text of/ }).getByRole("listitem")).toHaveCount(2);
  await noPayloadRan(page, dialogs);
});

test("pasting rich HTML keeps the text and drops the payloads", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openNewArticle(page);
  const html = `<meta charset="utf-8"><h1>Pasted headline</h1><p>First <b>pasted</b> paragraph.<script>window.__xss = 1; alert(1)</script></p><p>Second one <img src=x onerror="window.__xss = 2; alert(2)"> with <a href="javascript:alert(3)">a bad link</a>.</p>`;
  const area = page.getByLabel("Article text");
  await area.focus();
  await area.evaluate((element, payload) => {
    const data = new DataTransfer();
    data.setData("text/html", payload);
    data.setData("text/plain", "Pasted headline\nFirst pasted paragraph.\nSecond one with a bad link.");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(page.getByRole("region", { name: "Import preview" })).toContainText("Second one with a bad link.");
  await expect(page.getByLabel("Title")).toHaveValue("Pasted headline");
  await saveAndExpectArticle(page, "First pasted paragraph.");
  const body = page.getByRole("article", { name: /Text of/ });
  await expect(body).toContainText("Second one with a bad link.");
  await expect(body.locator("a, img, script")).toHaveCount(0);
  await noPayloadRan(page, dialogs);
});
