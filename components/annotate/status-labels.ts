import type { ClaimStatus } from "@/lib/claims/types";

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  verdict_proposed: "Verdict proposed",
};
