import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/chromium-launch-options";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions } }],
  webServer: {
    // The production build, started the way users start it, on its own embedded Postgres.
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      FACTDESK_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
      FACTDESK_SEED_DEMO: "true",
      DATABASE_URL: "",
      FACTDESK_URL_IMPORT_ALLOW_HOSTS: "127.0.0.1:3199",
      // The tests act as the trusted proxy: a test that needs a rate-limit bucket of its own
      // sends its own X-Forwarded-For (without TRUST_PROXY the server would replace it).
      TRUST_PROXY: "true",
    },
  },
});
