import type { IncomingMessage } from "node:http";

/** See socket-forwarded-for.mjs (plain JS: scripts/serve.mjs runs under node without a compiler). */
export function useSocketAddressUnlessProxied(request: IncomingMessage, trustProxy: string | undefined): void;
