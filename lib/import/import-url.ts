import "server-only";
import { extractArticle } from "./extract-article";
import { fetchPublicUrl, type FetchPublicUrlOptions } from "./fetch-public-url";
import { importPreview, type ImportPreview } from "./import-preview";

/** Fetches a public web page and previews the article found in it. */
export async function importUrl(url: string, options?: FetchPublicUrlOptions): Promise<ImportPreview> {
  const page = await fetchPublicUrl(url, options);
  const article = extractArticle(page.html, page.url);
  return importPreview({ html: article.html }, { ...article, sourceUrl: page.url });
}
