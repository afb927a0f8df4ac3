// The linkage page's "Publish as a finding" form: the survey publish form's fields (analysis-forms.ts) without
// the chart choice, and the linkage the researcher reviewed, carried as hidden fields.
import { z } from "zod";
import { linkWavesFormSchema } from "~/studies/study-forms";
import { publishFormSchema } from "./analysis-forms";

export const REVIEWED_THRESHOLD_MESSAGE =
  "Publish from the linkage report: it carries the threshold you reviewed. Link the waves again, then publish.";

export const withinPersonPublishFormSchema = publishFormSchema
  .pick({ target: true, findingSlug: true, title: true, summary: true, narrative: true, fingerprint: true })
  .extend({
    earlier: linkWavesFormSchema.shape.earlier,
    later: linkWavesFormSchema.shape.later,
    /** The threshold the report used (a hidden field): publishing repeats that linkage. */
    threshold: linkWavesFormSchema.shape.threshold.pipe(z.number(REVIEWED_THRESHOLD_MESSAGE)),
  });
export type WithinPersonPublishRequest = z.infer<typeof withinPersonPublishFormSchema>;
