import { isIP } from "node:net";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * How far to trust X-Forwarded-For, from TRUST_PROXY: "false" (default) trusts no proxy,
 * "true" means one proxy that sets the header to the client's address (the first entry),
 * a number N means N proxies that each append to it (the Nth entry from the right).
 */
export type ProxyTrust = { kind: "none" } | { kind: "first" } | { kind: "hops"; hops: number };

/** Reads TRUST_PROXY's value. */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  if (!value || value === "false") return { kind: "none" };
  if (value === "true") return { kind: "first" };
  return { kind: "hops", hops: Number(value) };
}

/**
 * The client's address for rate limiting, normalised so one client has one key: IPv4-mapped
 * IPv6 becomes IPv4 and IPv6 is cut to its /64 (one subscriber's usual allocation). Without a
 * trusted proxy this is the last X-Forwarded-For entry, which scripts/serve.mjs sets to the
 * connection's address (scripts/lib/socket-forwarded-for.mjs; see SECURITY.md).
 */
export function clientAddress(headers: HeaderSource, trust: ProxyTrust): string {
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  let picked: string;
  if (trust.kind === "first") picked = entries[0];
  else if (trust.kind === "hops") picked = entries[Math.max(0, entries.length - trust.hops)];
  else picked = entries[entries.length - 1];
  return normaliseAddress(picked);
}

function normaliseAddress(raw: string): string {
  const address = raw.replace(/^\[(.*)\](:\d+)?$/, "$1").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1];
  const version = isIP(address);
  if (version === 4) return address;
  if (version === 6) return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
  // Not an address (a forged header, or a host name): one shared bucket rather than a fresh key each time.
  return "invalid";
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}
