import { PANEL_MODEL as M } from "./model-parameters";
import type { Draws } from "./random-draws";
import type { RespondentProfile } from "./respondent-profile";

/** How one multi-item scale row is answered: its scale, its own offset, and whether it is keyed the other way. */
type RowRule = {
  latent: (profile: RespondentProfile) => number;
  intercept: number;
  loading: number;
  offset: number;
  toCode: (level: number) => number;
};

const { items: I } = M;
/** CBI answer codes run from 1 = Always / very high degree (score 100) to 5 = Never / very low degree (score 0). */
const cbiCode = (level: number): number => 5 - level;
/** Agreement codes run from 1 = strongly disagree to 5 = strongly agree. */
const agreeCode = (level: number): number => level + 1;

const personal = (p: RespondentProfile) => p.erosionNow + p.deviation.personal;
const work = (p: RespondentProfile) => p.erosion + p.deviation.work;
const client = (p: RespondentProfile) => p.erosion + p.deviation.client;
const protective = (p: RespondentProfile) => p.protectiveLatent + p.deviation.protective;
const support = (p: RespondentProfile) => p.support;

function rows(ids: Record<string, number>, rule: Omit<RowRule, "offset">): [string, RowRule][] {
  return Object.entries(ids).map(([id, offset]) => [id, { ...rule, offset }]);
}

/**
 * Every scale row of the default instrument with the latent it reads. Offsets make some statements more
 * commonly endorsed than others ("tired" more often than "weak and susceptible to illness"). Reverse-keyed
 * rows read the latent with a negative loading.
 */
export const SCALE_ROW_RULES: ReadonlyMap<string, RowRule> = new Map([
  ...rows(
    { cbi_p1: 0.4, cbi_p2: 0, cbi_p3: 0.1, cbi_p4: -0.5, cbi_p5: 0.1, cbi_p6: -0.6 },
    { latent: personal, ...I.cbiPersonal, toCode: cbiCode },
  ),
  ...rows(
    { cbi_w1: 0.2, cbi_w2: -0.2, cbi_w3: 0.2, cbi_w4: 0.3, cbi_w5: -0.2, cbi_w6: -0.4 },
    { latent: work, ...I.cbiWork, toCode: cbiCode },
  ),
  ...rows(
    { cbi_w7: 0 },
    {
      latent: work,
      intercept: I.cbiWorkReversed.intercept,
      loading: -I.cbiWorkReversed.loading,
      toCode: cbiCode,
    },
  ),
  ...rows(
    { cbi_c1: -0.2, cbi_c2: 0.2, cbi_c3: 0.2, cbi_c4: 0.4, cbi_c5: -0.1, cbi_c6: -0.3 },
    { latent: client, ...I.cbiClient, toCode: cbiCode },
  ),
  ...rows(
    { prot_hold_back: 0, prot_script: -0.2, prot_dread: -0.1, prot_switch_off: 0.1, prot_short: 0.1 },
    { latent: protective, ...I.protective, toCode: agreeCode },
  ),
  ...rows(
    { prot_let_care: 0 },
    {
      latent: protective,
      intercept: I.protectiveReversed.intercept,
      loading: -I.protectiveReversed.loading,
      toCode: agreeCode,
    },
  ),
  ...rows(
    {
      inst_wellbeing: 0,
      inst_backing: 0.1,
      inst_escalation: 0.5,
      inst_recovery: -0.3,
      inst_recognition: -0.5,
      inst_feedback: -0.2,
    },
    { latent: support, ...I.institutional, toCode: agreeCode },
  ),
  ...rows(
    { inst_replaceable: 0 },
    {
      latent: support,
      intercept: I.institutionalReversed.intercept,
      loading: -I.institutionalReversed.loading,
      toCode: agreeCode,
    },
  ),
]);

/** The row ids answered "Don't know" now and then (the agree5_dk scale's code 98). */
const DONT_KNOW_ROWS = /^inst_/;
export const DONT_KNOW_CODE = 98;

/** level = clamp(round(intercept + offset + loading·latent + e), 0, 4), e ~ N(0, noiseSd²). */
export function ordinalLevel(latent: number, intercept: number, loading: number, draws: Draws): number {
  return Math.min(4, Math.max(0, Math.round(intercept + loading * latent + I.noiseSd * draws.normal())));
}

/** An attentive answer to a scale row, or null when the row is not part of the model. */
export function scaleRowAnswer(rowId: string, profile: RespondentProfile, draws: Draws): number | null {
  const rule = SCALE_ROW_RULES.get(rowId);
  if (!rule) return null;
  if (DONT_KNOW_ROWS.test(rowId) && draws.chance(I.dontKnowShare)) return DONT_KNOW_CODE;
  return rule.toCode(ordinalLevel(rule.latent(profile), rule.intercept + rule.offset, rule.loading, draws));
}
