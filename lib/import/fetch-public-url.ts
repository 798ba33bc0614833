import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { env } from "@/lib/env";
import { ImportError } from "./import-error";
import { isPublicAddress } from "./is-public-address";

export const URL_FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface FetchPublicUrlOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** "host" or "host:port" entries reachable even on non-public addresses; default from env. */
  allowHosts?: string[];
}

export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  html: string;
}

interface Vetted {
  address: string;
  family: 4 | 6;
}

/**
 * Fetches an HTML page for import without letting the server be used against its own network:
 * every hop's hostname is resolved once, refused if any address is not public (unless
 * allow-listed), and the connection is pinned to the vetted address. Time and size are capped.
 */
export async function fetchPublicUrl(input: string, options: FetchPublicUrlOptions = {}): Promise<FetchedPage> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...URL_FETCH_LIMITS, ...options };
  const allowHosts = options.allowHosts ?? parseAllowHosts(env().FACTDESK_URL_IMPORT_ALLOW_HOSTS);
  const deadline = AbortSignal.timeout(timeoutMs);
  let url = parseWebUrl(input);
  try {
    for (let redirects = 0; ; redirects++) {
      const vetted = await vet(url, allowHosts, deadline);
      const response = await request(url, vetted, deadline);
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.resume();
        if (redirects >= maxRedirects) {
          throw new ImportError("TOO_MANY_REDIRECTS", `That page redirects more than ${maxRedirects} times; try the final address.`);
        }
        url = parseWebUrl(new URL(location, url).href);
        continue;
      }
      if (!response.statusCode || response.statusCode >= 400) {
        response.resume();
        throw new ImportError("UNREACHABLE", `That page could not be loaded: the site answered with an error (HTTP ${response.statusCode}).`);
      }
      const contentType = response.headers["content-type"] ?? "";
      if (!/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType)) {
        response.resume();
        throw new ImportError("NOT_HTML", `That address is not a web page (it sent ${contentType.split(";")[0] || "no content type"}). Import an HTML article page.`);
      }
      const bytes = await readCapped(response, maxBytes);
      return { url: url.href, html: decode(bytes, contentType) };
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (deadline.aborted) throw timedOut(timeoutMs);
    throw new ImportError("UNREACHABLE", "That site could not be reached. Check the address, or try again later.");
  }
}

function parseWebUrl(input: string): URL {
  const url = URL.canParse(input.trim()) ? new URL(input.trim()) : null;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
    throw new ImportError("INVALID_URL", "Enter a web address starting with http:// or https://.");
  }
  return url;
}

function parseAllowHosts(value: string | undefined): string[] {
  return (value ?? "").split(",").map((entry) => entry.trim().toLowerCase()).filter(Boolean);
}

function timedOut(timeoutMs: number) {
  return new ImportError("TIMED_OUT", `That site took too long to answer (over ${Math.round(timeoutMs / 1000)} s). Try again later.`);
}

async function vet(url: URL, allowHosts: string[], deadline: AbortSignal): Promise<Vetted> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const allowed = allowHosts.some((entry) => entry === hostname || entry === `${hostname}:${port}` || entry === `[${hostname}]:${port}`);
  let addresses: Vetted[];
  if (isIP(hostname)) {
    addresses = [{ address: hostname, family: isIP(hostname) as 4 | 6 }];
  } else {
    const aborted = new Promise<never>((_, reject) => deadline.addEventListener("abort", () => reject(deadline.reason), { once: true }));
    try {
      const found = await Promise.race([dnsLookup(hostname, { all: true, verbatim: true }), aborted]);
      addresses = found.map(({ address, family }) => ({ address, family: family as 4 | 6 }));
    } catch (error) {
      if (deadline.aborted) throw error;
      throw new ImportError("UNREACHABLE", `The site ${hostname} could not be found. Check the address.`);
    }
  }
  if (addresses.length === 0) throw new ImportError("UNREACHABLE", `The site ${hostname} could not be found. Check the address.`);
  if (!allowed && addresses.some(({ address }) => !isPublicAddress(address))) {
    throw new ImportError("ADDRESS_NOT_ALLOWED", "That address points into a private or local network, which imports may not reach.");
  }
  return addresses[0];
}

function request(url: URL, vetted: Vetted, signal: AbortSignal): Promise<IncomingMessage> {
  // Connect to the address that was checked, never to a second DNS answer.
  const lookup = ((_hostname, options, callback) => {
    if (options.all) callback(null, [vetted]);
    else callback(null, vetted.address, vetted.family);
  }) as LookupFunction;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: "GET",
      lookup,
      signal,
      agent: false,
      headers: {
        accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
        "user-agent": "Factdesk article import (+https://github.com/factdesk)",
      },
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end();
  });
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new ImportError("TOO_LARGE", `That page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, too large to import.`);
  if (Number(response.headers["content-length"] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const body = decompressed(response);
  const chunks: Buffer[] = [];
  let total = 0;
  // Counted after decompression, so a small compressed bomb cannot get around the limit.
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      body.destroy();
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decompressed(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(zlib.createGunzip());
  if (encoding === "deflate") return response.pipe(zlib.createInflate());
  if (encoding === "br") return response.pipe(zlib.createBrotliDecompress());
  return response;
}

function decode(bytes: Buffer, contentType: string): string {
  const head = bytes.subarray(0, 2048).toString("latin1");
  const charset =
    contentType.match(/charset=["']?([\w-]+)/i)?.[1] ?? head.match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
