import { describe, expect, it } from "vitest";
import { progressOfClaims, type ProgressClaim } from "./progress-of-claims";

const claim = (status: ProgressClaim["status"], flags: Partial<ProgressClaim> = {}): ProgressClaim => ({ status, disputed: false, anchorStatus: "anchored", ...flags });

describe("progressOfClaims", () => {
  it("counts nothing for no claims", () => {
    expect(progressOfClaims([])).toEqual({ total: 0, working: 0, proposed: 0, approved: 0, disputed: 0, orphaned: 0 });
  });

  it("puts open, in-progress and changes-requested claims under working; flags count on top", () => {
    const claims = [
      claim("open"),
      claim("in_progress", { anchorStatus: "orphaned" }),
      claim("changes_requested"),
      claim("verdict_proposed", { disputed: true }),
      claim("approved"),
      claim("approved", { disputed: true, anchorStatus: "orphaned" }),
    ];
    expect(progressOfClaims(claims)).toEqual({ total: 6, working: 3, proposed: 1, approved: 2, disputed: 2, orphaned: 2 });
  });
});
