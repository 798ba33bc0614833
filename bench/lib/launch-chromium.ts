import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Headless Chromium: Debian's when installed (no download needed), Playwright's otherwise. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(SYSTEM_CHROMIUM)) return chromium.launch();
  return chromium.launch({
    executablePath: SYSTEM_CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-dev-shm-usage",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
