import { STATUS_LABELS, type ClaimStatus, type RatingLabelDTO } from "@/lib/claims/types";
import type { ClaimHistoryEntry } from "@/lib/history/types";
import { summarizeTextChange } from "./summarize-text-change";

/** One history entry in words: a sentence naming the actor, and an optional detail line. */
export interface EventDescription {
  sentence: string;
  detail?: string;
}

type Payload = Record<string, unknown>;

// Payloads are stored JSON, written by several features over time: read them defensively.
const obj = (value: unknown): Payload => (value && typeof value === "object" && !Array.isArray(value) ? (value as Payload) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const quote = (text: string) => `“${text}”`;

/** Describes any claim event, including kinds recorded by the review workflow and unknown ones. */
export function describeEvent(entry: ClaimHistoryEntry, ratingScale: readonly RatingLabelDTO[] = []): EventDescription {
  const who = entry.actor.name;
  const before = obj(entry.before);
  const after = obj(entry.after);
  const label = (payload: Payload) => {
    const id = str(payload.ratingLabelId ?? payload.independentRatingLabelId);
    return str(payload.label) ?? (id ? (ratingScale.find((item) => item.id === id)?.label ?? "a rating no longer on the scale") : null);
  };
  const comment = str(after.comment) ?? str(before.comment) ?? undefined;
  const status = (payload: Payload) => {
    const value = str(payload.status);
    return value ? (STATUS_LABELS[value as ClaimStatus] ?? value) : null;
  };

  switch (entry.kind) {
    case "created":
      return { sentence: `${who} marked this claim`, detail: str(after.exact) ? quote(str(after.exact)!) : undefined };
    case "verdict": {
      const [from, to] = [label(before), label(after)];
      if (!to) return { sentence: `${who} removed the verdict${from ? ` (was ${from})` : ""}` };
      return { sentence: from ? `${who} set the verdict: ${from} → ${to}` : `${who} set the verdict: ${to}` };
    }
    case "normalized_text": {
      const text = str(after.normalizedText);
      return text ? { sentence: `${who} reworded the claim checked`, detail: quote(text) } : { sentence: `${who} cleared the claim checked` };
    }
    case "rationale": {
      if (after.rationale == null) return { sentence: `${who} cleared the rationale` };
      return { sentence: `${who} edited the rationale`, detail: summarizeTextChange(before.rationale, after.rationale) };
    }
    case "tags": {
      const list = (payload: Payload) => (Array.isArray(payload.tags) ? payload.tags.map(String) : []);
      const [from, to] = [list(before), list(after)];
      const added = to.filter((tag) => !from.includes(tag));
      const removed = from.filter((tag) => !to.includes(tag));
      const parts = [added.length ? `added ${added.join(", ")}` : "", removed.length ? `removed ${removed.join(", ")}` : ""].filter(Boolean);
      return { sentence: `${who} changed the tags${parts.length ? `: ${parts.join("; ")}` : ""}` };
    }
    case "status": {
      const [from, to] = [status(before), status(after)];
      // Recorded when an edit sends a reviewed verdict back (lib/claims/reopen-sql.ts).
      const reopened = after.reason === "edited after review" ? "Reopened: the claim changed after its review" : undefined;
      return { sentence: `${who} changed the status${from && to ? `: ${from} → ${to}` : to ? ` to ${to}` : ""}`, detail: reopened };
    }
    case "sources":
      return describeSources(who, before, after);
    case "assignment": {
      const name = str(after.assigneeName) ?? str(after.name) ?? str(obj(after.assignee).name);
      if (!name && !str(after.assigneeId)) return { sentence: `${who} unassigned this claim` };
      return { sentence: `${who} assigned this claim${name ? ` to ${name}` : ""}` };
    }
    case "comment":
      if (after.deleted === true) return { sentence: `${who} deleted a comment` };
      return { sentence: `${who} commented`, detail: entry.comment?.excerpt ? quote(entry.comment.excerpt) : entry.comment ? "(comment deleted)" : undefined };
    case "submitted":
      return { sentence: `${who} submitted the verdict for review`, detail: comment };
    case "approved":
      return { sentence: `${who} approved the verdict`, detail: comment };
    case "changes_requested":
      return { sentence: comment ? `${who} requested changes: ${comment}` : `${who} requested changes` };
    case "independent_verdict": {
      const verdict = label(after);
      return { sentence: `${who} gave an independent verdict${verdict ? `: ${verdict}` : ""}`, detail: comment };
    }
    case "dispute_resolved": {
      const verdict = label(after);
      return { sentence: `${who} resolved the dispute${verdict ? `: ${verdict}` : ""}`, detail: comment };
    }
    case "reanchored":
      if (after.anchorStatus === "orphaned") return { sentence: `Text edit by ${who} orphaned this claim: its quote is no longer in the article` };
      if (before.anchorStatus === "orphaned") return { sentence: `Text edit by ${who} found this claim's quote again` };
      return { sentence: `Text edit by ${who} moved this claim` };
    case "reattached":
      return { sentence: `${who} re-attached this claim`, detail: str(after.exact) ? quote(str(after.exact)!) : undefined };
    case "deleted":
      return { sentence: `${who} deleted this claim` };
    case "restored":
      return { sentence: `${who} restored this claim` };
    case "linked": {
      const earlier = str(obj(after).exact) ?? str(obj(before).exact);
      return { sentence: str(obj(after).claimId) ? `${who} linked this claim to an earlier check` : `${who} removed the link to an earlier check`, detail: earlier ? quote(earlier) : undefined };
    }
    default:
      return { sentence: `${who} changed this claim (${entry.kind.replace(/_/g, " ")})`, detail: comment };
  }
}

// A source's fields as the source form labels them.
const SOURCE_FIELD_NAMES: Record<string, string> = {
  url: "URL",
  title: "title",
  publisher: "publisher",
  publishedAt: "publication date",
  excerpt: "quoted excerpt",
  stance: "stance",
};

function describeSources(who: string, before: Payload, after: Payload): EventDescription {
  const action = str(after.action) ?? str(before.action);
  const title = str(obj(after.source).title) ?? str(obj(before.source).title);
  const named = title ? ` ${quote(title)}` : "";
  switch (action) {
    case "added":
      return { sentence: `${who} added source${named}` };
    case "removed":
      return { sentence: `${who} removed source${named}` };
    case "edited": {
      const changed = Array.isArray(after.changed) ? after.changed.map(String) : [];
      const [from, to] = [str(obj(before.source).stance), str(obj(after.source).stance)];
      const fields = changed.map((key) => (key === "stance" && from && to ? `stance (${from} → ${to})` : (SOURCE_FIELD_NAMES[key] ?? key)));
      return { sentence: `${who} edited source${named}`, detail: fields.length ? `Changed the ${fields.join(", ")}` : undefined };
    }
    case "reordered":
      return { sentence: `${who} reordered the sources` };
    default:
      return { sentence: `${who} changed the sources` };
  }
}
