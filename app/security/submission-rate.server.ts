import type { PrismaClient } from "../../generated/prisma/client";
import { prisma } from "~/db.server";

/**
 * A per-survey alarm for floods of submissions (docs/security.md, docs/decisions/046): counts per survey
 * per five-minute period, for the last hour — never who, never which response, never the minute. The
 * counts live in the database so that every app instance adds to, and the lab reads, the same numbers.
 */

export type SubmissionEvent = "completed" | "flagged" | "refused";

/** The counting period: coarse on purpose, so no row says when within it anything happened. */
export const RATE_PERIOD_MINUTES = 5;
/** Minutes of history kept; older periods are deleted. */
export const RATE_HISTORY_MINUTES = 60;
/** Below this many completions per minute nothing is unusual, whatever the baseline. */
export const ALARM_MIN_COMPLETIONS_PER_MINUTE = 20;
/** A recent rate this many times the baseline rate is a burst. */
export const ALARM_BURST_FACTOR = 5;
/** Share of recent completions flagged as automated that raises the alarm (with at least 10 completions). */
export const ALARM_FLAGGED_SHARE = 0.5;
/** Refused submissions (honeypot filled) in the recent periods that raise the alarm. */
export const ALARM_REFUSED_COUNT = 10;

const PERIOD_MS = RATE_PERIOD_MINUTES * 60_000;
const PERIODS_KEPT = RATE_HISTORY_MINUTES / RATE_PERIOD_MINUTES;
/** The current period and the one before are "recent"; the ten before them the baseline. */
const RECENT_PERIODS = 2;
const BASELINE_MINUTES = (PERIODS_KEPT - RECENT_PERIODS) * RATE_PERIOD_MINUTES;

type Counts = Record<SubmissionEvent, number>;
const empty = (): Counts => ({ completed: 0, flagged: 0, refused: 0 });

export type SubmissionRateReport = {
  /** Completions per minute over the recent periods: the current one so far and the whole one before. */
  recentPerMinute: number;
  /** How many minutes "recent" spans now (between 5 and 10). */
  recentMinutes: number;
  /** Completions per minute over the 50 minutes before the recent periods. */
  baselinePerMinute: number;
  recentFlagged: number;
  recentRefused: number;
  alarm: boolean;
  reasons: string[];
};

type MonitorOptions = {
  /** The database every instance shares; tests pass a second client on the same file. */
  db?: Pick<PrismaClient, "submissionRateCount">;
  now?: () => number;
};

export function createSubmissionRateMonitor({ db = prisma, now = Date.now }: MonitorOptions = {}) {
  const currentPeriod = () => Math.floor(now() / PERIOD_MS);
  // Periods older than an hour are deleted, for all surveys, by each instance's first count in a new period
  // and by every lab sign-in (never by a lab view: a GET changes nothing, decision 014). Single statements,
  // no transaction: no lock is held across an await.
  let prunedInPeriod: number | undefined;
  const pruneOldPeriods = async () => {
    prunedInPeriod = currentPeriod();
    await db.submissionRateCount.deleteMany({ where: { period: { lte: prunedInPeriod - PERIODS_KEPT } } });
  };

  async function record(surveyId: string, events: readonly SubmissionEvent[]): Promise<void> {
    const increments = empty();
    for (const event of events) increments[event] += 1;
    const period = currentPeriod();
    if (prunedInPeriod !== period) await pruneOldPeriods();
    const upsert = () =>
      db.submissionRateCount.upsert({
        where: { surveyId_period: { surveyId, period } },
        create: { surveyId, period, ...increments },
        update: {
          completed: { increment: increments.completed },
          flagged: { increment: increments.flagged },
          refused: { increment: increments.refused },
        },
      });
    // Two instances creating the same period's row at once: one insert loses, and then updates.
    await upsert().catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002") return upsert();
      throw error;
    });
  }

  async function report(surveyId: string): Promise<SubmissionRateReport> {
    const current = currentPeriod();
    const rows = await db.submissionRateCount.findMany({
      where: { surveyId, period: { gt: current - PERIODS_KEPT } },
      select: { period: true, completed: true, flagged: true, refused: true },
    });
    const recent = empty();
    const baseline = empty();
    for (const row of rows) {
      const target = current - row.period < RECENT_PERIODS ? recent : baseline;
      for (const event of Object.keys(target) as SubmissionEvent[]) target[event] += row[event];
    }
    const recentMinutes = (RECENT_PERIODS - 1) * RATE_PERIOD_MINUTES + (now() - current * PERIOD_MS) / 60_000;
    return judge(recent, baseline, recentMinutes);
  }

  return { record, report, pruneOldPeriods };
}

function judge(recent: Counts, baseline: Counts, recentMinutes: number): SubmissionRateReport {
  const recentPerMinute = recent.completed / recentMinutes;
  const baselinePerMinute = baseline.completed / BASELINE_MINUTES;
  const reasons: string[] = [];
  if (
    recentPerMinute >= ALARM_MIN_COMPLETIONS_PER_MINUTE &&
    recentPerMinute >= ALARM_BURST_FACTOR * baselinePerMinute
  ) {
    reasons.push(
      `${recentPerMinute.toFixed(1)} completions a minute in the last ${Math.round(recentMinutes)} minutes, against ${baselinePerMinute.toFixed(1)} before`,
    );
  }
  if (recent.completed >= 10 && recent.flagged / recent.completed >= ALARM_FLAGGED_SHARE) {
    reasons.push(`${recent.flagged} of the last ${recent.completed} completions look automated`);
  }
  if (recent.refused >= ALARM_REFUSED_COUNT)
    reasons.push(`${recent.refused} submissions refused by the honeypot`);
  return {
    recentPerMinute,
    recentMinutes,
    baselinePerMinute,
    recentFlagged: recent.flagged,
    recentRefused: recent.refused,
    alarm: reasons.length > 0,
    reasons,
  };
}

const monitor = createSubmissionRateMonitor();

/**
 * Counts a submission's events for the survey (respondent actions call this once per completion or
 * refusal, never per page view). The answers are already stored: a failure to count is reported on the
 * console and does not fail the respondent's request.
 */
export async function recordSubmission(surveyId: string, events: readonly SubmissionEvent[]): Promise<void> {
  try {
    await monitor.record(surveyId, events);
  } catch (error) {
    console.warn(`The submission-rate alarm could not count a submission: ${String(error)}`);
  }
}

/** What the lab shows: the survey's recent submission rate and whether it looks like a flood. */
export function submissionRateAlarm(surveyId: string): Promise<SubmissionRateReport> {
  return monitor.report(surveyId);
}

/** Deletes every survey's counts older than an hour (the lab's sign-in calls it, so a quiet site keeps none). */
export function deleteOldSubmissionCounts(): Promise<void> {
  return monitor.pruneOldPeriods();
}
