import { env } from "@/lib/env";
import { clientAddress, parseProxyTrust } from "./client-address";

/** The client address of a request, trusting X-Forwarded-For as far as TRUST_PROXY says. */
export function requestAddress(headers: Parameters<typeof clientAddress>[0]): string {
  return clientAddress(headers, parseProxyTrust(env().TRUST_PROXY));
}
