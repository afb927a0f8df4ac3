import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { otherInstanceDatabase } from "../support/other-instance-database";
import {
  ALARM_MIN_COMPLETIONS_PER_MINUTE,
  ALARM_REFUSED_COUNT,
  createSubmissionRateMonitor,
  RATE_HISTORY_MINUTES,
  RATE_PERIOD_MINUTES,
} from "~/security/submission-rate.server";

const MINUTE = 60_000;
/** A start on a period boundary, so that "recent" spans exactly the periods a test means. */
const START = Math.floor(Date.now() / (RATE_PERIOD_MINUTES * MINUTE)) * RATE_PERIOD_MINUTES * MINUTE;

/** Monitors for `instances` app instances, each with its own database connection, on one clock. */
function monitorsAt(start = START, instances = 1) {
  let now = start;
  const monitors = Array.from({ length: instances }, (_, index) => {
    if (index === 0) return createSubmissionRateMonitor({ now: () => now });
    return createSubmissionRateMonitor({ db: otherInstanceDatabase(), now: () => now });
  });
  return { monitors, monitor: monitors[0]!, advance: (minutes: number) => (now += minutes * MINUTE) };
}

const surveyId = () => `survey-${randomUUID()}`;
async function recordTimes(
  monitor: ReturnType<typeof createSubmissionRateMonitor>,
  survey: string,
  times: number,
  events: ("completed" | "flagged" | "refused")[] = ["completed"],
) {
  for (let i = 0; i < times; i++) await monitor.record(survey, events);
}

describe("the submission-rate alarm", () => {
  it("stays quiet for a steady trickle and raises a burst far above the last hour's rate", async () => {
    const { monitor, advance } = monitorsAt();
    const survey = surveyId();
    for (let period = 0; period < 10; period++) {
      await recordTimes(monitor, survey, 10); // 2 a minute
      advance(RATE_PERIOD_MINUTES);
    }
    expect((await monitor.report(survey)).alarm).toBe(false);
    await recordTimes(monitor, survey, 130);
    advance(RATE_PERIOD_MINUTES);
    await recordTimes(monitor, survey, 130);
    advance(RATE_PERIOD_MINUTES - 0.5); // late in the second recent period: 260 in 9.5 minutes
    const report = await monitor.report(survey);
    expect(report.recentMinutes).toBeCloseTo(9.5);
    expect(report.baselinePerMinute).toBeCloseTo(2);
    expect(report.recentPerMinute).toBeGreaterThanOrEqual(ALARM_MIN_COMPLETIONS_PER_MINUTE);
    expect(report.alarm).toBe(true);
    expect(report.reasons[0]).toMatch(
      /27\.4 completions a minute in the last 10 minutes, against 2\.0 before/,
    );
    expect((await monitor.report(surveyId())).alarm).toBe(false);
  });

  it("raises the alarm when most recent completions look automated, or the honeypot keeps catching", async () => {
    const { monitor } = monitorsAt();
    const [flagged, refused] = [surveyId(), surveyId()];
    await recordTimes(monitor, flagged, 5);
    await recordTimes(monitor, flagged, 7, ["completed", "flagged"]);
    expect((await monitor.report(flagged)).reasons).toEqual([
      expect.stringMatching(/7 of the last 12 completions look automated/),
    ]);
    await recordTimes(monitor, refused, ALARM_REFUSED_COUNT, ["refused"]);
    expect(await monitor.report(refused)).toMatchObject({ alarm: true, recentRefused: ALARM_REFUSED_COUNT });
  });

  it("deletes every count older than an hour, and keeps only counts per five minutes", async () => {
    const { monitor, advance } = monitorsAt(START + 2 * MINUTE);
    const survey = surveyId();
    await recordTimes(monitor, survey, 3);
    const [row] = await prisma.submissionRateCount.findMany({ where: { surveyId: survey } });
    expect(Object.keys(row ?? {}).sort()).toEqual([
      "completed",
      "flagged",
      "id",
      "period",
      "refused",
      "surveyId",
    ]);
    expect(row).toMatchObject({ completed: 3, period: START / (RATE_PERIOD_MINUTES * MINUTE) });
    advance(RATE_HISTORY_MINUTES + RATE_PERIOD_MINUTES);
    expect(await monitor.report(survey)).toMatchObject({
      recentPerMinute: 0,
      baselinePerMinute: 0,
      alarm: false,
    });
    // The lab's view changes nothing (a GET); the next count, of any survey, deletes the old period.
    expect(await prisma.submissionRateCount.count({ where: { surveyId: survey } })).toBe(1);
    await monitor.record(surveyId(), ["completed"]);
    expect(await prisma.submissionRateCount.count({ where: { surveyId: survey } })).toBe(0);
  });

  it("with no count coming, the lab's next sign-in deletes the old periods", async () => {
    const { monitor, advance } = monitorsAt();
    const survey = surveyId();
    await recordTimes(monitor, survey, 2);
    advance(RATE_HISTORY_MINUTES + RATE_PERIOD_MINUTES);
    await monitor.pruneOldPeriods(); // what deleteOldSubmissionCounts() runs at each sign-in
    expect(await prisma.submissionRateCount.count({ where: { surveyId: survey } })).toBe(0);
  });
});

describe("the submission-rate alarm across app instances", () => {
  it("a burst split over two instances adds up in one count, and the lab on either instance sees all of it", async () => {
    const { monitors, advance } = monitorsAt(START, 2);
    const survey = surveyId();
    // 30 a minute in all, 15 a minute through each instance: below the alarm's 20 for either one alone.
    for (let period = 0; period < 2; period++) {
      for (const monitor of monitors) await recordTimes(monitor, survey, 15 * RATE_PERIOD_MINUTES);
      advance(RATE_PERIOD_MINUTES);
    }
    advance(-0.001);
    for (const monitor of monitors) {
      const report = await monitor.report(survey);
      expect(report.recentPerMinute).toBeCloseTo(30, 1);
      expect(report.alarm).toBe(true);
    }
    const [row] = await prisma.submissionRateCount.findMany({ where: { surveyId: survey }, take: 1 });
    expect(row?.completed).toBe(2 * 15 * RATE_PERIOD_MINUTES);
  });

  it("two instances counting at once lose no count", async () => {
    const { monitors } = monitorsAt(START, 2);
    const survey = surveyId();
    await Promise.all(monitors.map((monitor) => recordTimes(monitor, survey, 25, ["refused"])));
    expect((await monitors[1]!.report(survey)).recentRefused).toBe(50);
  });
});
