/**
 * The research concepts of the survey analysis, mapped onto ids of an instrument definition — the one place
 * that says which variable plays which part. Everything else (labels, item lists, ranges, tenure bands, the
 * capacity items behind the drop) is read from the definition by {@link resolveRoles}, so nothing here restates
 * the instrument.
 *
 * An instrument other than the default can be analysed by passing its own roles to `runSurveyAnalysis`.
 */
export interface SurveyRoles {
  /** Numeric item: years worked in support (the x axis of the harm trajectory); its quasi-identifier bands
   * become the tenure bands. */
  tenure: string;
  /** Scale: institutional support (the moderator). */
  support: string;
  /** Erosion outcomes: scales, derived variables or scored items, each analysed against tenure. */
  erosion: readonly string[];
  /** The erosion outcome the charts show (one of `erosion`, on a 0–100 scale). */
  primaryErosion: string;
  /** Derived variable "start − now" for the capacity to invest; its two items are the then/now ratings. */
  capacityDrop: string;
  /** Single-choice item and code that mark people who have left support. */
  leaver: { item: string; code: number };
  /** Numeric item: years since leaving support; its quasi-identifier bands group the leavers. */
  yearsSinceLeaving: string;
  /** Outcomes measured about the present for leavers (erosion after leaving), each charted; each needs a bound in
   * the definition's analysis plan (or gets the default's). */
  leaverOutcomes: readonly string[];
  /** Single-choice item scored by its code: frequency of hostile contact, a covariate of the moderation model's
   * sensitivity run (with role, the leaver item); absent → the sensitivity model adds role only. */
  hostileContact?: string;
  /** Pairs of multi-item scales whose discriminant validity is reported (HTMT with a bootstrap CI, and the
   * disattenuated correlation); absent → none. */
  discriminantPairs?: readonly (readonly [string, string])[];
}

/** The roles in the default "Support Work and Erosion Survey" (see docs/codebook-support-work-and-erosion.md). */
export const SURVEY_ROLES: SurveyRoles = {
  tenure: "years_support",
  support: "institutional_support",
  // Each Copenhagen Burnout Inventory scale, the drop in capacity to invest (issue 4) and protective
  // restructuring (issue 10 item 5), each with the same trajectory, moderation and support analyses.
  erosion: ["cbi_personal", "cbi_work", "cbi_client", "capacity_drop", "protective_restructuring"],
  // Client-related burnout is the CBI scale closest to the capacity to invest in customers.
  primaryErosion: "cbi_client",
  capacityDrop: "capacity_drop",
  leaver: { item: "role", code: 5 },
  yearsSinceLeaving: "left_years_ago",
  // Leavers answer personal burnout about now (work and client burnout ask about current support work), and
  // the project's own "drains your energy to help people" item.
  leaverOutcomes: ["cbi_personal", "left_drain_now"],
  hostileContact: "hostile_freq",
  // The project's own scale against the CBI scale it is most likely to duplicate (decision 027).
  discriminantPairs: [["protective_restructuring", "cbi_client"]],
};
