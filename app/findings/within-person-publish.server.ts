import { linkageFingerprint } from "~/studies/linkage-fingerprint.server";
import { linkWavePair } from "~/studies/wave-pair.server";
import { publishLinkedPair } from "./within-person-finding.server";
import type { WithinPersonPublishRequest } from "./within-person-publish-form";
import { checkPublishTarget } from "./publish-target.server";

export type WithinPersonPublishOutcome =
  | { ok: true; slug: string; version: number }
  | { ok: false; status: 400 | 409; field: string | null; message: string };

export const LINKAGE_CHANGED_MESSAGE =
  "Responses or links changed since you reviewed this linkage. Review the new report, then publish again.";

/**
 * Publishes the within-person finding the researcher reviewed on the linkage page: the same two waves linked
 * again at the threshold they saw, refused with 409 when the linkage no longer has the fingerprint they saw,
 * with 400 on its field when the waves cannot be linked or the chosen finding cannot take it (a new finding at a
 * free address, or a new version of a finding of the later wave's survey that is not withdrawn). A refusal
 * publishes nothing. The right to publish on the later wave's survey is the caller's to check first.
 */
export async function publishReviewedWithinPersonFinding(
  researcherId: string,
  studyId: string,
  form: WithinPersonPublishRequest,
  mayAnalyse: (surveyId: string) => Promise<boolean>,
): Promise<WithinPersonPublishOutcome> {
  const { earlier, later, threshold } = form;
  const pair = await linkWavePair(studyId, { earlier, later, threshold }, mayAnalyse);
  if (!pair.ok) return { ...pair, status: 400 };
  if (linkageFingerprint(pair) !== form.fingerprint)
    return { ok: false, status: 409, field: null, message: LINKAGE_CHANGED_MESSAGE };
  const refusal = await checkPublishTarget(pair.waves[1].surveyId, form);
  if (refusal) return { ok: false, status: 400, ...refusal };
  const published = await publishLinkedPair(researcherId, pair, form);
  return published.ok ? published : { ...published, status: 400 };
}
