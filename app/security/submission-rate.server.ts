/**
 * A per-survey alarm for floods of submissions, kept in this process's memory only: counts per
 * survey per minute, for the last hour — never who, never exactly when, never written anywhere.
 * A restart forgets everything, which is acceptable for an alarm (docs/security.md).
 */

export type SubmissionEvent = "completed" | "flagged" | "refused";

/** Minutes of history kept; also the baseline period. */
export const RATE_HISTORY_MINUTES = 60;
/** The recent period compared with the baseline. */
export const RATE_RECENT_MINUTES = 5;
/** Below this many completions per minute nothing is unusual, whatever the baseline. */
export const ALARM_MIN_COMPLETIONS_PER_MINUTE = 20;
/** A recent rate this many times the baseline rate is a burst. */
export const ALARM_BURST_FACTOR = 5;
/** Share of recent completions flagged as automated that raises the alarm (with at least 10 completions). */
export const ALARM_FLAGGED_SHARE = 0.5;
/** Refused submissions (honeypot filled) in the recent period that raise the alarm. */
export const ALARM_REFUSED_COUNT = 10;

type Counts = Record<SubmissionEvent, number>;
const MINUTE_MS = 60_000;
const empty = (): Counts => ({ completed: 0, flagged: 0, refused: 0 });

export type SubmissionRateReport = {
  /** Completions per minute, averaged over the last RATE_RECENT_MINUTES minutes. */
  recentPerMinute: number;
  /** Completions per minute over the rest of the last hour. */
  baselinePerMinute: number;
  recentFlagged: number;
  recentRefused: number;
  alarm: boolean;
  reasons: string[];
};

export function createSubmissionRateMonitor({ now = Date.now }: { now?: () => number } = {}) {
  const bySurvey = new Map<string, Map<number, Counts>>();

  function minutesOf(surveyId: string): Map<number, Counts> {
    let minutes = bySurvey.get(surveyId);
    if (!minutes) bySurvey.set(surveyId, (minutes = new Map()));
    const oldest = Math.floor(now() / MINUTE_MS) - RATE_HISTORY_MINUTES;
    for (const minute of minutes.keys()) if (minute <= oldest) minutes.delete(minute);
    return minutes;
  }

  return {
    record(surveyId: string, event: SubmissionEvent): void {
      const minutes = minutesOf(surveyId);
      const minute = Math.floor(now() / MINUTE_MS);
      const counts = minutes.get(minute) ?? empty();
      counts[event] += 1;
      minutes.set(minute, counts);
    },

    report(surveyId: string): SubmissionRateReport {
      const current = Math.floor(now() / MINUTE_MS);
      const recent = empty();
      const baseline = empty();
      for (const [minute, counts] of minutesOf(surveyId)) {
        const target = current - minute < RATE_RECENT_MINUTES ? recent : baseline;
        for (const event of Object.keys(counts) as SubmissionEvent[]) target[event] += counts[event];
      }
      const recentPerMinute = recent.completed / RATE_RECENT_MINUTES;
      const baselinePerMinute = baseline.completed / (RATE_HISTORY_MINUTES - RATE_RECENT_MINUTES);
      const reasons: string[] = [];
      if (
        recentPerMinute >= ALARM_MIN_COMPLETIONS_PER_MINUTE &&
        recentPerMinute >= ALARM_BURST_FACTOR * baselinePerMinute
      ) {
        reasons.push(
          `${recentPerMinute.toFixed(1)} completions a minute in the last ${RATE_RECENT_MINUTES} minutes, against ${baselinePerMinute.toFixed(1)} before`,
        );
      }
      if (recent.completed >= 10 && recent.flagged / recent.completed >= ALARM_FLAGGED_SHARE) {
        reasons.push(`${recent.flagged} of the last ${recent.completed} completions look automated`);
      }
      if (recent.refused >= ALARM_REFUSED_COUNT)
        reasons.push(`${recent.refused} submissions refused by the honeypot`);
      return {
        recentPerMinute,
        baselinePerMinute,
        recentFlagged: recent.flagged,
        recentRefused: recent.refused,
        alarm: reasons.length > 0,
        reasons,
      };
    },
  };
}

const monitor = createSubmissionRateMonitor();

/** Counts one submission event for the survey (respondent actions call this). */
export function recordSubmission(surveyId: string, event: SubmissionEvent): void {
  monitor.record(surveyId, event);
}

/** What the lab shows: the survey's recent submission rate and whether it looks like a flood. */
export function submissionRateAlarm(surveyId: string): SubmissionRateReport {
  return monitor.report(surveyId);
}
