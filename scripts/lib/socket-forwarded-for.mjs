/**
 * With no trusted proxy in front (TRUST_PROXY unset or "false"), an X-Forwarded-For that a client
 * sends is only what the client chose to write, and the per-address sign-in and sign-up limits
 * (lib/rate-limit) would count whatever it says. The server is the first to see the request, so
 * it replaces the header with the connection's own address. Behind a trusted proxy the header is
 * the proxy's to set and is left alone (lib/rate-limit/client-address.ts reads it as TRUST_PROXY says).
 *
 * @param {import("node:http").IncomingMessage} request
 * @param {string | undefined} trustProxy the TRUST_PROXY setting
 */
export function useSocketAddressUnlessProxied(request, trustProxy) {
  if (trustProxy && trustProxy.trim() !== "false") return;
  const address = request.socket.remoteAddress;
  if (address) request.headers["x-forwarded-for"] = address;
  else delete request.headers["x-forwarded-for"];
}
