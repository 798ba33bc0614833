import "server-only";
import { JSDOM, VirtualConsole } from "jsdom";
import { toDateInput } from "./to-date-input";

export interface HtmlMetadata {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
}

/** Details a pasted or uploaded HTML document carries: its first h1 (else <title>), author and date. */
export function findHtmlMetadata(html: string): HtmlMetadata {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const text = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim() || null;
    const content = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
    return {
      title: text("h1") ?? text("title"),
      byline: content('meta[name="author"]'),
      publishedAt: toDateInput(content('meta[property="article:published_time"]') ?? document.querySelector("time[datetime]")?.getAttribute("datetime")),
    };
  } finally {
    dom.window.close();
  }
}
