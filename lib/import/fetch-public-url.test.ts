import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPublicUrl } from "./fetch-public-url";
import { importUrl } from "./import-url";

const ARTICLE = `<!doctype html><html><head><title>Ceasefire talks suspended | Example News</title>
<meta property="article:published_time" content="2016-10-03T09:30:00Z">
<script>window.__xss = 1</script></head><body><nav>Home · World · Sport</nav><article><h1>Ceasefire talks suspended</h1>
<p class="byline">By Agency Staff</p>
<p>The United States on Monday suspended negotiations with Russia on restoring a ceasefire in Syria and accused it of stepping up attacks on civilian areas.</p>
<p>“This is not a decision that was taken lightly,” State Department spokesperson John Kirby said in a statement.<img src=x onerror="alert(1)"></p>
<p>On September 10, Russia and the US announced a landmark agreement that was meant to put the peace process back on track.</p>
</article><footer>© Example News</footer></body></html>`;

let server: http.Server;
let base: string;
let allowHosts: string[];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/article") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(ARTICLE);
    } else if (path === "/huge") {
      // No content-length: the limit must be enforced while streaming.
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      const write = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once("drain", write);
      };
      write();
    } else if (path === "/slow") {
      setTimeout(() => response.end("<p>late</p>"), 5_000).unref();
    } else if (path === "/json") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{}");
    } else if (path === "/to-metadata") {
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      response.end();
    } else if (path === "/to-article") {
      response.writeHead(301, { location: "/article" });
      response.end();
    } else if (path === "/loop") {
      response.writeHead(302, { location: "/loop" });
      response.end();
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  allowHosts = [`127.0.0.1:${port}`];
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: { reason?: string; message: string }) => error);

describe("fetching a page to import", () => {
  it("extracts the article with its title, byline and date, without scripts or handlers", async () => {
    const preview = await importUrl(`${base}/to-article`, { allowHosts });
    expect(preview).toMatchObject({ title: "Ceasefire talks suspended", byline: expect.stringMatching(/Agency Staff/), publishedAt: "2016-10-03", sourceUrl: `${base}/article` });
    const json = JSON.stringify(preview.doc);
    expect(json).toContain("landmark agreement");
    expect(json).not.toMatch(/script|onerror|__xss|Home · World/);
    expect(preview.excerpt[0].text).toMatch(/^The United States on Monday/);
  });

  it("stops reading a body over the size limit", async () => {
    const error = await failure(fetchPublicUrl(`${base}/huge`, { allowHosts, maxBytes: 256 * 1024 }));
    expect(error).toMatchObject({ reason: "TOO_LARGE", message: expect.stringMatching(/too large/) });
  });

  it("gives up on a slow server", async () => {
    const started = Date.now();
    const error = await failure(fetchPublicUrl(`${base}/slow`, { allowHosts, timeoutMs: 300 }));
    expect(error).toMatchObject({ reason: "TIMED_OUT", message: expect.stringMatching(/too long/) });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("refuses what is not a web page", async () => {
    expect(await failure(fetchPublicUrl(`${base}/json`, { allowHosts }))).toMatchObject({ reason: "NOT_HTML", message: expect.stringMatching(/application\/json/) });
  });

  it("refuses a redirect to a private address even from an allowed host", async () => {
    expect(await failure(fetchPublicUrl(`${base}/to-metadata`, { allowHosts }))).toMatchObject({ reason: "ADDRESS_NOT_ALLOWED" });
  });

  it("stops after too many redirects", async () => {
    expect(await failure(fetchPublicUrl(`${base}/loop`, { allowHosts }))).toMatchObject({ reason: "TOO_MANY_REDIRECTS" });
  });

  it("refuses loopback and private addresses that are not allow-listed, before connecting", async () => {
    expect(await failure(fetchPublicUrl(`${base}/article`, { allowHosts: [] }))).toMatchObject({ reason: "ADDRESS_NOT_ALLOWED" });
    expect(await failure(fetchPublicUrl(`${base}/article`, { allowHosts: ["127.0.0.1:1"] }))).toMatchObject({ reason: "ADDRESS_NOT_ALLOWED" });
    expect(await failure(fetchPublicUrl("http://localhost/", { allowHosts: [] }))).toMatchObject({ reason: "ADDRESS_NOT_ALLOWED" });
    expect(await failure(fetchPublicUrl("http://[::ffff:169.254.169.254]/", { allowHosts: [] }))).toMatchObject({ reason: "ADDRESS_NOT_ALLOWED" });
  });

  it("refuses addresses that are not http(s) URLs", async () => {
    for (const url of ["ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)", "not a url"]) {
      expect(await failure(fetchPublicUrl(url, { allowHosts }))).toMatchObject({ reason: "INVALID_URL" });
    }
  });

  it("says when a server cannot be reached", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    closed.close();
    expect(await failure(fetchPublicUrl(`http://127.0.0.1:${port}/`, { allowHosts: [`127.0.0.1:${port}`] }))).toMatchObject({ reason: "UNREACHABLE" });
  });

  it("reports a page without an article", async () => {
    const html = "<html><head><title>Empty</title></head><body><nav>Home</nav></body></html>";
    const empty = http.createServer((_, response) => response.writeHead(200, { "content-type": "text/html" }).end(html));
    await new Promise<void>((resolve) => empty.listen(0, "127.0.0.1", resolve));
    const { port } = empty.address() as AddressInfo;
    try {
      expect(await failure(importUrl(`http://127.0.0.1:${port}/`, { allowHosts: [`127.0.0.1:${port}`] }))).toMatchObject({ reason: "NO_ARTICLE" });
    } finally {
      empty.close();
    }
  });
});
