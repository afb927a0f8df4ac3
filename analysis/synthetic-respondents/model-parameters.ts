/**
 * The parameters of the synthetic panel's data-generating model, in one place, so the analysis results can
 * be checked against them. The equations that use them are written out in `analysis/synthetic-panel.ts`.
 */
export const PANEL_MODEL = {
  /** Tenure T (years in support): lognormal, median 5, log-sd 0.75, rounded to 0.5, kept within [0.5, 40]. */
  tenure: { median: 5, logSd: 0.75, min: 0.5, max: 40 },
  /** Erosion on the job: E = beta·g(T)·exp(−delta·S) − supportMain·S + exposure·H + u, u ~ N(0, residualSd²). */
  erosion: { beta: 0.9, delta: 0.5, supportMain: 0.3, exposure: 0.25, residualSd: 0.55, tenureCentre: 5 },
  /** Scale-specific deviations: each of the four erosion scales reads E + v, v ~ N(0, scaleSd²). */
  scaleSd: 0.3,
  /** P(left support) and the years since leaving: lognormal, median 2, log-sd 0.8, within [0, 30]. */
  leaving: { share: 0.17, yearsMedian: 2, yearsLogSd: 0.8, yearsMax: 30 },
  /** After leaving: E_left = floor + r·(E − floor), r = persist + fade·exp(−years/fadeYears). */
  persistence: { floor: -1, persist: 0.4, fade: 0.4, fadeYears: 3 },
  /** Item responses: level = clamp(round(intercept + loading·latent + e), 0, 4), e ~ N(0, noiseSd²). */
  items: {
    noiseSd: 0.75,
    cbiPersonal: { intercept: 2.0, loading: 1 },
    cbiWork: { intercept: 1.8, loading: 1 },
    cbiWorkReversed: { intercept: 2.2, loading: 0.7 },
    cbiClient: { intercept: 1.3, loading: 1 },
    protective: { intercept: 1.8, loading: 0.9 },
    protectiveReversed: { intercept: 2.8, loading: 0.6 },
    institutional: { intercept: 2.0, loading: 0.9 },
    institutionalReversed: { intercept: 2.2, loading: 0.6 },
    dontKnowShare: 0.03,
  },
  /** capacity_start = clamp(round(startMean + startSd·z)); capacity_now = clamp(round(start − drop − perErosion·E + nowSd·z)). */
  capacity: { startMean: 8.4, startSd: 1.2, drop: 1.2, perErosion: 1.5, nowSd: 1 },
  /** Respondent behaviour: shares of speeders and straight-liners, attentive respondents failing the check. */
  behaviour: {
    speeder: 0.03,
    straightLiner: 0.03,
    attentionFailure: 0.02,
    missingAnswer: 0.05,
    freeText: 0.15,
  },
  /** Seconds per answer field before the person's and the page's lognormal factors (log-sd 0.35 and 0.3). */
  timing: {
    personLogSd: 0.35,
    pageLogSd: 0.3,
    speederFactor: 0.12,
    straightLinerFactor: 0.55,
    pauseShare: 0.02,
  },
  /** Responses are dated uniformly over the 90 days before `start`. */
  days: 90,
} as const;
