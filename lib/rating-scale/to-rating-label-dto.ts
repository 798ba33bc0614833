import type { RatingLabel } from "@/lib/generated/prisma/client";
import type { RatingLabelDTO } from "@/lib/claims/types";

/** Maps a rating label row to the DTO the UI consumes. */
export function toRatingLabelDTO(label: RatingLabel): RatingLabelDTO {
  return {
    id: label.id,
    label: label.label,
    color: label.color,
    value: label.value,
    position: label.position,
    description: label.description,
  };
}
