/**
 * How long a simulated annotator pauses between requests in the paced scenario. The claim panel
 * autosaves typing once the annotator pauses for TYPING_PAUSE_MS = 600 ms
 * (components/claim-panel/use-claim-save-queue.ts), so two saves of one annotator are never
 * closer than that debounce; a person who types, pauses, picks a status or pastes a source
 * URL takes longer. A think time drawn uniformly from 600–1400 ms (mean 1 s) makes each
 * annotator send about one request per second, a busy annotator's upper end, with jitter so 50
 * of them do not fire in step.
 */
export const ANNOTATOR_THINK_TIME = { minMs: 600, maxMs: 1400 };
