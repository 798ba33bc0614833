import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "test/empty-module.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    environment: "node",
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/setup-database-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration tests share one throw-away database; files run one at a time so they never
    // race each other's data (every test still creates its own users and workspaces).
    fileParallelism: false,
  },
});
