import { describe, expect, it } from "vitest";
import { act, unwrap } from "@/lib/claims/test-actions";
import { createReviewTeam } from "@/test/factories";
import { review } from "./test-actions";

async function approvedClaim() {
  const team = await createReviewTeam(["reviewer"]);
  const ref = { workspaceSlug: team.slug, claimId: team.claim.id };
  const submitted = unwrap(await review.submit(team.owner.id, { ...ref, version: team.claim.version }));
  const approved = unwrap(await review.approve(team.members[0].id, { ...ref, version: submitted.version }));
  return { ...team, ref, approved };
}

describe("editing a reviewed verdict", () => {
  it("sends an approved claim back to in progress when its verdict changes", async () => {
    const { owner, ref, approved, labels } = await approvedClaim();
    expect(approved).toMatchObject({ status: "approved" });
    const edited = unwrap(await act.updateClaim(owner.id, { ...ref, version: approved.version, patch: { ratingLabelId: labels[2].id } }));
    expect(edited).toMatchObject({ status: "in_progress", approvedAt: null });
  });

  it("does the same when a source is added", async () => {
    const { owner, ref, approved } = await approvedClaim();
    const source = { url: "https://example.org/new-evidence", title: "New evidence", stance: "refutes" };
    const edited = unwrap(await act.addSource(owner.id, { ...ref, version: approved.version, source }));
    expect(edited.status).toBe("in_progress");
  });

  it("keeps the approval for tags, and for an autosave that re-sends the same verdict", async () => {
    const { owner, ref, approved } = await approvedClaim();
    const tagged = unwrap(await act.updateClaim(owner.id, { ...ref, version: approved.version, patch: { tags: ["economy"] } }));
    expect(tagged.status).toBe("approved");
    const same = unwrap(await act.updateClaim(owner.id, { ...ref, version: tagged.version, patch: { ratingLabelId: approved.ratingLabelId } }));
    expect(same.status).toBe("approved");
  });
});
