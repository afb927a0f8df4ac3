import type { CodebookNotes, CodebookScale } from "./codebook-types";
import type { Scale } from "./definition-schema";
import { minimumAnswered } from "./scoring";
import type { AnswerField } from "./traversal";

/** How a scale is scored, in words: aggregation, reverse-scoring, rescaling, missing answers, the minimum. */
function scaleMethod(scale: Scale, fields: Map<string, AnswerField>): string {
  const needed = minimumAnswered(scale);
  const parts = [
    `${scale.aggregation === "mean" ? "Mean" : "Sum"} of the answered items' scores (an option's score where it has one, otherwise its code)`,
  ];
  if (scale.reverse.length > 0)
    parts.push(
      `reverse-scored items are mirrored within their range (lowest + highest − score): ${scale.reverse.join(", ")}`,
    );
  if (scale.rescale === "0-100")
    parts.push("each item is first mapped linearly onto 0–100 over its possible range");
  else if (scale.aggregation === "sum")
    parts.push("a partly answered sum is prorated (mean × number of items)");
  const missing = scale.items.some((id) =>
    fields.get(id)?.options?.some((option) => option.missingForScoring),
  );
  if (missing) parts.push("answers marked missing for scoring count as unanswered");
  parts.push(`no score unless at least ${needed} of ${scale.items.length} items are answered`);
  return `${parts.join("; ")}.`;
}

/** A scale as the codebook describes it, with its scoring method in words. */
export function codebookScale(
  scale: Scale,
  byId: Map<string, AnswerField>,
  notes: CodebookNotes,
): CodebookScale {
  return {
    id: scale.id,
    label: scale.label.en,
    description: scale.description?.en ?? null,
    items: scale.items,
    reverse: scale.reverse,
    aggregation: scale.aggregation,
    rescale: scale.rescale,
    minAnsweredShare: scale.minAnsweredShare,
    minimumAnswered: minimumAnswered(scale),
    method: scaleMethod(scale, byId),
    reference: scale.reference ?? null,
    note: notes.scales?.[scale.id] ?? null,
  };
}
