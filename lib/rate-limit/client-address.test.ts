import { describe, expect, it } from "vitest";
import { clientAddress, parseProxyTrust } from "./client-address";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientAddress", () => {
  it("without a trusted proxy uses the last entry (the one next start fills from the socket)", () => {
    expect(clientAddress(xff("198.51.100.7"), parseProxyTrust(undefined))).toBe("198.51.100.7");
    expect(clientAddress(xff("203.0.113.9, 198.51.100.7"), parseProxyTrust("false"))).toBe("198.51.100.7");
  });

  it("TRUST_PROXY=true takes the first entry, set by a proxy that overwrites the header", () => {
    expect(clientAddress(xff("203.0.113.9, 10.0.0.2"), parseProxyTrust("true"))).toBe("203.0.113.9");
  });

  it("TRUST_PROXY=N ignores what a client wrote in front of the N appending proxies", () => {
    // The client forged "1.1.1.1"; the one proxy appended the real address.
    expect(clientAddress(xff("1.1.1.1, 203.0.113.9"), parseProxyTrust("1"))).toBe("203.0.113.9");
    expect(clientAddress(xff("1.1.1.1, 203.0.113.9, 10.0.0.2"), parseProxyTrust("2"))).toBe("203.0.113.9");
    expect(clientAddress(xff("203.0.113.9"), parseProxyTrust("3"))).toBe("203.0.113.9");
  });

  it("gives one key per client: IPv4-mapped IPv6 as IPv4, IPv6 by its /64, junk in one bucket", () => {
    expect(clientAddress(xff("::ffff:192.0.2.4"), parseProxyTrust(undefined))).toBe("192.0.2.4");
    expect(clientAddress(xff("2001:db8:1:2:aaaa::1"), parseProxyTrust(undefined))).toBe("2001:db8:1:2::/64");
    expect(clientAddress(xff("2001:0db8:0001:0002:ffff:0:0:9"), parseProxyTrust(undefined))).toBe("2001:db8:1:2::/64");
    expect(clientAddress(xff("[2001:db8::5]:443"), parseProxyTrust(undefined))).toBe("2001:db8:0:0::/64");
    expect(clientAddress(xff("not-an-address"), parseProxyTrust(undefined))).toBe("invalid");
    expect(clientAddress(xff("x".repeat(5000)), parseProxyTrust(undefined))).toBe("invalid");
    expect(clientAddress(new Headers(), parseProxyTrust(undefined))).toBe("unknown");
  });

  it("reads plain header objects as next-auth passes them", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.7" }, parseProxyTrust(undefined))).toBe("198.51.100.7");
  });
});
