import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClaimDTO } from "@/lib/claims/types";
import type { ClaimPatch } from "./claim-actions";
import { ClaimSaveQueue, type SaveResult } from "./claim-save-queue";
import { saveStatus } from "./save-status";

const baseClaim = { id: "c1", version: 1, normalizedText: null, tags: [], status: "open", sources: [] } as unknown as ClaimDTO;

/** A fake server: records each request and answers when the test says so. */
function setup(claim = baseClaim) {
  const requests: { version: number; patch: ClaimPatch; answer(result: SaveResult | Error): Promise<void> }[] = [];
  const saved: ClaimDTO[] = [];
  const queue = new ClaimSaveQueue(claim, {
    debounceMs: 600,
    onSaved: (fresh) => void saved.push(fresh),
    sendPatch: (latest, patch) =>
      new Promise<SaveResult>((resolve, reject) => {
        requests.push({
          version: latest.version,
          patch,
          answer: async (result) => {
            if (result instanceof Error) reject(result);
            else resolve(result);
            await vi.advanceTimersByTimeAsync(0);
          },
        });
      }),
  });
  const accept = (index: number) => {
    const { version, patch } = requests[index];
    return requests[index].answer({ ok: true, data: { ...queue.getState().claim, ...patch, version: version + 1 } });
  };
  return { queue, requests, saved, accept };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe("ClaimSaveQueue", () => {
  it("waits for a pause in typing and then sends the latest text once", async () => {
    const { queue, requests, saved, accept } = setup();
    queue.edit({ normalizedText: "T" }, { debounce: true });
    await vi.advanceTimersByTimeAsync(400);
    queue.edit({ normalizedText: "Tax" }, { debounce: true });
    await vi.advanceTimersByTimeAsync(400);
    expect(requests).toHaveLength(0);
    expect(saveStatus(queue.getState()).label).toBe("Unsaved changes");
    await vi.advanceTimersByTimeAsync(200);
    expect(requests.map((r) => r.patch)).toEqual([{ normalizedText: "Tax" }]);
    expect(saveStatus(queue.getState()).label).toBe("Saving…");
    await accept(0);
    expect(saved.map((c) => c.version)).toEqual([2]);
    expect(saveStatus(queue.getState()).label).toBe("Saved");
    expect(queue.hasUnsaved()).toBe(false);
  });

  it("tells listeners about the first keystroke of a typing burst only, yet sends the latest text", async () => {
    const { queue, requests, accept } = setup();
    const listener = vi.fn();
    queue.subscribe(listener);
    queue.edit({ rationale: { type: "doc", content: [] } }, { debounce: true });
    expect(listener).toHaveBeenCalledTimes(1);
    for (const text of ["a", "ab", "abc"]) queue.edit({ normalizedText: null, rationale: { type: "doc", text } as never }, { debounce: true });
    // normalizedText became pending with the first of these: that one keystroke is announced.
    expect(listener).toHaveBeenCalledTimes(2);
    expect(saveStatus(queue.getState()).label).toBe("Unsaved changes");
    expect(queue.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(600);
    expect(requests.map((r) => r.patch)).toEqual([{ normalizedText: null, rationale: { type: "doc", text: "abc" } }]);
    await accept(0);
    expect(queue.hasUnsaved()).toBe(false);
    // A field the server refused is announced again on the next keystroke (its error goes away).
    queue.edit({ normalizedText: "x" }, { debounce: true });
    await vi.advanceTimersByTimeAsync(600);
    await requests[1].answer({ ok: false, code: "INVALID_INPUT", error: "Too long.", fieldErrors: { normalizedText: ["Too long."] } });
    expect(queue.getState().fieldErrors.normalizedText).toEqual(["Too long."]);
    const calls = listener.mock.calls.length;
    queue.edit({ normalizedText: "xy" }, { debounce: true });
    expect(listener).toHaveBeenCalledTimes(calls + 1);
    expect(queue.getState().fieldErrors.normalizedText).toBeUndefined();
  });

  it("sends one request at a time, each with the version the previous one returned", async () => {
    const { queue, requests, accept } = setup();
    queue.edit({ status: "in_progress" });
    queue.edit({ tags: ["a"] });
    queue.edit({ normalizedText: "x" }, { debounce: true });
    await vi.advanceTimersByTimeAsync(600);
    expect(requests).toHaveLength(1);
    await accept(0);
    expect(requests[1]).toMatchObject({ version: 2, patch: { tags: ["a"], normalizedText: "x" } });
    await accept(1);
    expect(queue.getState().claim).toMatchObject({ version: 3, status: "in_progress", tags: ["a"], normalizedText: "x" });
  });

  it("keeps an edit made while its field was being saved and sends it next", async () => {
    const { queue, requests, accept } = setup();
    queue.edit({ normalizedText: "one" });
    queue.edit({ normalizedText: "one two" });
    await accept(0);
    expect(requests[1].patch).toEqual({ normalizedText: "one two" });
  });

  it("retries a failed save with growing delays, merging edits made meanwhile", async () => {
    const { queue, requests, accept } = setup();
    queue.edit({ status: "in_progress" });
    await requests[0].answer(new Error("offline"));
    expect(saveStatus(queue.getState()).kind).toBe("retrying");
    expect(queue.getState().retryAt).toBe(Date.now() + 1_000);
    queue.edit({ tags: ["later"] });
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests[1].patch).toEqual({ status: "in_progress", tags: ["later"] });
    await requests[1].answer({ ok: false, error: "Server error" });
    expect(queue.getState().retryAt).toBe(Date.now() + 2_000);
    queue.retryNow();
    expect(requests).toHaveLength(3);
    await accept(2);
    expect(queue.getState().pending).toEqual({});
    expect(queue.getState().claim).toMatchObject({ status: "in_progress", tags: ["later"] });
  });

  it("keeps and retries edits while the server answers that the database is unavailable", async () => {
    const { queue, requests, accept } = setup();
    queue.edit({ normalizedText: "kept through the outage" });
    await requests[0].answer({ ok: false, code: "UNAVAILABLE", error: "The database is not reachable for a moment." });
    expect(saveStatus(queue.getState()).kind).toBe("retrying");
    expect(queue.getState().pending).toEqual({ normalizedText: "kept through the outage" });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests[1].patch).toEqual({ normalizedText: "kept through the outage" });
    await accept(1);
    expect(saveStatus(queue.getState()).kind).toBe("saved");
  });

  it("stops on a conflict and, to keep my changes, resends them on the newer claim", async () => {
    const { queue, requests, accept } = setup();
    queue.edit({ normalizedText: "mine" });
    await requests[0].answer({ ok: false, code: "CONFLICT", error: "Changed elsewhere" });
    expect(saveStatus(queue.getState()).kind).toBe("conflict");
    queue.edit({ tags: ["t"] });
    expect(requests).toHaveLength(1);

    expect(queue.keepMine()).toBe(true);
    expect(requests).toHaveLength(1);
    queue.receive({ ...baseClaim, version: 5, status: "verdict_proposed", normalizedText: "theirs" });
    expect(requests[1]).toMatchObject({ version: 5, patch: { normalizedText: "mine", tags: ["t"] } });
    await accept(1);
    expect(queue.getState().claim).toMatchObject({ version: 6, normalizedText: "mine", status: "verdict_proposed" });
  });

  it("drops my edits when I choose their version and takes theirs once it arrives", async () => {
    const { queue, requests } = setup();
    queue.edit({ normalizedText: "mine" });
    await requests[0].answer({ ok: false, code: "CONFLICT", error: "Changed elsewhere" });
    expect(queue.showTheirs()).toBe(true);
    expect(queue.getState().pending).toEqual({});
    queue.receive({ ...baseClaim, version: 4, normalizedText: "theirs" });
    expect(saveStatus(queue.getState()).kind).toBe("saved");
    expect(queue.getState().claim.normalizedText).toBe("theirs");
    expect(requests).toHaveLength(1);
  });

  it("shows a refused field's message, stops resending it, and tries again once it is edited", async () => {
    const { queue, requests, accept } = setup();
    queue.edit({ normalizedText: "x".repeat(5000), status: "in_progress" });
    await requests[0].answer({
      ok: false,
      code: "INVALID_INPUT",
      error: "Check the fields",
      fieldErrors: { "patch.normalizedText": ["Too long"] },
    });
    expect(queue.getState().fieldErrors).toEqual({ normalizedText: ["Too long"] });
    // The valid field still goes out; the refused text stays on screen, unsent.
    expect(requests[1].patch).toEqual({ status: "in_progress" });
    await accept(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(2);
    expect(queue.getState().pending).toEqual({ normalizedText: "x".repeat(5000) });
    expect(saveStatus(queue.getState()).label).toBe("Unsaved changes");

    queue.edit({ normalizedText: "short" });
    expect(queue.getState().fieldErrors).toEqual({});
    expect(requests[2].patch).toEqual({ normalizedText: "short" });
  });

  it("runs source changes in the same line, with the latest version, and answers the caller", async () => {
    const { queue, requests, accept } = setup();
    queue.edit({ status: "in_progress" });
    const seen: number[] = [];
    const added = queue.run(async (latest) => {
      seen.push(latest.version);
      return { ok: true, data: { ...latest, version: latest.version + 1 } };
    });
    expect(seen).toEqual([]);
    await accept(0);
    await expect(added).resolves.toMatchObject({ ok: true, data: { version: 3 } });
    expect(seen).toEqual([2]);
    expect(requests).toHaveLength(1);
  });

  it("hands a source form the server's field errors without retrying", async () => {
    const { queue } = setup();
    const run = vi.fn(async () => ({ ok: false as const, code: "INVALID_INPUT" as const, error: "Bad", fieldErrors: { url: ["No"] } }));
    await expect(queue.run(run)).resolves.toMatchObject({ fieldErrors: { url: ["No"] } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("ignores an echo of a claim it already has", () => {
    const { queue } = setup();
    queue.edit({ normalizedText: "mine" }, { debounce: true });
    queue.receive({ ...baseClaim, normalizedText: "old" });
    expect(queue.getState().claim).toBe(baseClaim);
  });

  it("sends what is waiting at once when the panel closes, without retrying after", async () => {
    const { queue, requests } = setup();
    queue.start();
    queue.edit({ normalizedText: "last words" }, { debounce: true });
    queue.stop();
    expect(requests).toHaveLength(1);
    await requests[0].answer(new Error("offline"));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
  });
});

describe("ClaimSaveQueue.flushAndSettle", () => {
  it("resolves true once saved and false while a save is failing", async () => {
    const { queue, requests, accept } = setup();
    queue.edit({ normalizedText: "a" }, { debounce: true });
    const first = queue.flushAndSettle();
    await accept(0);
    await expect(first).resolves.toBe(true);

    queue.edit({ normalizedText: "b" }, { debounce: true });
    const second = queue.flushAndSettle();
    await requests[1].answer(new Error("offline"));
    await expect(second).resolves.toBe(false);
  });
});
