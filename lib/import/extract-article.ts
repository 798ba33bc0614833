import "server-only";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { ImportError } from "./import-error";
import { toDateInput } from "./to-date-input";

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  /** Readability's article HTML: still untrusted, for htmlToArticleDoc only. */
  html: string;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** Finds the article in a fetched page with Readability: its text, title, byline and date. */
export function extractArticle(html: string, url: string): ExtractedArticle {
  // jsdom runs no scripts and loads no resources unless asked; its console noise is dropped.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const metaDate = DATE_META.map((selector) => document.querySelector(selector)?.getAttribute("content")).find(Boolean);
    const timeDate = document.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime");
    // Read before Readability rewrites the document. <title> often carries the site's name;
    // og:title or an h1 that the title contains is the headline itself.
    const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute("content")?.trim();
    const h1 = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
    const article = new Readability(document, { charThreshold: 100 }).parse();
    if (!article?.content || (article.textContent ?? "").trim().length < 20) {
      throw new ImportError("NO_ARTICLE", "No article text was found on that page. Copy the text and use Paste instead.");
    }
    return {
      title: ogTitle || (h1 && article.title?.includes(h1) ? h1 : article.title?.trim()) || null,
      byline: article.byline?.trim() || null,
      publishedAt: toDateInput(article.publishedTime) ?? toDateInput(metaDate) ?? toDateInput(timeDate),
      html: article.content,
    };
  } finally {
    dom.window.close();
  }
}
