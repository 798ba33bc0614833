/**
 * The sign-in and sign-up limits. Per account they stop guessing one person's password; per
 * address they stop one client spraying many accounts or creating accounts in bulk, and are
 * set high enough for a newsroom behind one NAT address (a successful sign-in gives its point
 * back, so only failures use up the address's allowance).
 */
export const LIMITS = {
  signInPerAccount: { keyPrefix: "sign-in:account", points: 10, duration: 15 * 60 },
  signInPerAddress: { keyPrefix: "sign-in:address", points: 100, duration: 15 * 60 },
  signUpPerAccount: { keyPrefix: "sign-up:account", points: 5, duration: 60 * 60 },
  signUpPerAddress: { keyPrefix: "sign-up:address", points: 100, duration: 60 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;
