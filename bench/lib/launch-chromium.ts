import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../../scripts/lib/chromium-launch-options";

/** Headless Chromium: Debian's when installed (no download needed), Playwright's otherwise. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
