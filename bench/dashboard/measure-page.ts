import { launchChromium } from "../lib/launch-chromium";
import { log } from "../lib/log";
import { signIn } from "../lib/sign-in";

export interface PageSamples {
  /** Request sent → last byte of the HTML (the server's whole render, streamed parts included). */
  fullMs: number[];
  /** Request sent → response headers. */
  firstByteMs: number[];
  htmlBytes: number;
}

/**
 * Signs in through the form once (Chromium), then requests the dashboard page with that session
 * `runs` times, one at a time, after a warm-up, shifting the date range a little per request.
 */
export async function measurePage(baseUrl: string, slug: string, user: { email: string; password: string }, runs: number, expectText: string): Promise<PageSamples> {
  const browser = await launchChromium();
  let cookie: string;
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, user);
    cookie = (await context.cookies(baseUrl)).map(({ name, value }) => `${name}=${value}`).join("; ");
  } finally {
    await browser.close();
  }
  const fetchPage = async (index: number) => {
    const to = new Date(Date.now() - (index % 5) * 86_400_000);
    const from = new Date(to.getTime() - (29 + (index % 3)) * 86_400_000);
    const url = `${baseUrl}/w/${slug}/dashboard?from=${from.toISOString().slice(0, 10)}&to=${to.toISOString().slice(0, 10)}`;
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const firstByte = performance.now() - started;
    const html = await response.text();
    const full = performance.now() - started;
    if (response.status !== 200 || !html.includes(expectText)) throw new Error(`GET ${url} answered ${response.status} without "${expectText}"`);
    return { firstByte, full, bytes: Buffer.byteLength(html) };
  };
  for (let index = 0; index < 3; index++) await fetchPage(index);
  const samples: PageSamples = { fullMs: [], firstByteMs: [], htmlBytes: 0 };
  for (let index = 0; index < runs; index++) {
    const result = await fetchPage(index);
    samples.fullMs.push(result.full);
    samples.firstByteMs.push(result.firstByte);
    samples.htmlBytes = result.bytes;
    if ((index + 1) % 10 === 0) log(`dashboard page ${index + 1}/${runs}: last ${result.full.toFixed(0)} ms`);
  }
  return samples;
}
