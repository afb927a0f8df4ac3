import { prisma } from "~/db.server";
import {
  compareExclusionReasons,
  MANUAL_EXCLUSION_REASON,
  MANUAL_RULE,
  QUALITY_RULES,
} from "./quality-rules";

export type ExclusionSummaryRow = { reason: string; count: number; rule: string };

/**
 * Responses excluded from analysis, counted by reason, with the rule each reason stands for — for the
 * methods box. A response excluded for two reasons counts under both; the distinct total is the number of
 * responses with any `Exclusion` row. Reasons in screen order, then manual, then any others.
 */
export async function exclusionSummary(surveyId: string): Promise<ExclusionSummaryRow[]> {
  const groups = await prisma.exclusion.groupBy({
    by: ["reason"],
    where: { response: { instrumentVersion: { surveyId } } },
    _count: { _all: true },
  });
  return groups
    .map((group) => ({
      reason: group.reason,
      count: group._count._all,
      rule:
        group.reason === MANUAL_EXCLUSION_REASON
          ? MANUAL_RULE
          : (QUALITY_RULES.find((rule) => rule.id === group.reason)?.rule ??
            "A reason this version of the lab does not describe."),
    }))
    .sort((a, b) => compareExclusionReasons(a.reason, b.reason));
}
