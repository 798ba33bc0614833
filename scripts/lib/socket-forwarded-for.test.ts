import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, parseProxyTrust } from "@/lib/rate-limit/client-address";
import { useSocketAddressUnlessProxied } from "./socket-forwarded-for.mjs";

function request(remoteAddress: string | undefined, forwardedFor?: string) {
  return { socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } } as unknown as IncomingMessage;
}

describe("the client address a request arrives with", () => {
  it("with no trusted proxy is the connection's, whatever X-Forwarded-For the client sends", () => {
    for (const trust of [undefined, "", "false"]) {
      const forged = request("203.0.113.9", "198.51.100.1, 198.51.100.2");
      useSocketAddressUnlessProxied(forged, trust);
      expect(forged.headers["x-forwarded-for"]).toBe("203.0.113.9");
      expect(clientAddress(forged.headers, parseProxyTrust(trust))).toBe("203.0.113.9");
    }
    const plain = request("::ffff:192.0.2.4");
    useSocketAddressUnlessProxied(plain, undefined);
    expect(clientAddress(plain.headers, parseProxyTrust(undefined))).toBe("192.0.2.4");
  });

  it("behind a trusted proxy is what the proxy wrote", () => {
    const proxied = request("10.0.0.2", "198.51.100.7");
    useSocketAddressUnlessProxied(proxied, "true");
    expect(clientAddress(proxied.headers, parseProxyTrust("true"))).toBe("198.51.100.7");
    const appended = request("10.0.0.2", "203.0.113.66, 198.51.100.7");
    useSocketAddressUnlessProxied(appended, "1");
    expect(clientAddress(appended.headers, parseProxyTrust("1"))).toBe("198.51.100.7");
  });

  it("drops the header rather than keep a client's when the connection has no address (closed)", () => {
    const closed = request(undefined, "198.51.100.1");
    useSocketAddressUnlessProxied(closed, undefined);
    expect(closed.headers["x-forwarded-for"]).toBeUndefined();
  });
});
