import { describe, expect, it } from "vitest";
import {
  ALARM_MIN_COMPLETIONS_PER_MINUTE,
  ALARM_REFUSED_COUNT,
  createSubmissionRateMonitor,
  RATE_HISTORY_MINUTES,
} from "~/security/submission-rate.server";

const MINUTE = 60_000;

function monitorAt(start = 1_000 * MINUTE) {
  let now = start;
  const monitor = createSubmissionRateMonitor({ now: () => now });
  return { monitor, advance: (minutes: number) => (now += minutes * MINUTE) };
}

describe("the submission-rate alarm", () => {
  it("stays quiet for a steady trickle and raises a burst far above the last hour's rate", () => {
    const { monitor, advance } = monitorAt();
    for (let minute = 0; minute < 50; minute++) {
      for (let i = 0; i < 3; i++) monitor.record("s1", "completed");
      advance(1);
    }
    expect(monitor.report("s1").alarm).toBe(false);
    for (let minute = 0; minute < 5; minute++) {
      for (let i = 0; i < 40; i++) monitor.record("s1", "completed");
      advance(1);
    }
    advance(-1); // still inside the fifth minute
    const report = monitor.report("s1");
    expect(report.alarm).toBe(true);
    expect(report.recentPerMinute).toBeGreaterThanOrEqual(ALARM_MIN_COMPLETIONS_PER_MINUTE);
    expect(report.reasons[0]).toMatch(/completions a minute/);
    expect(monitor.report("other-survey").alarm).toBe(false);
  });

  it("raises the alarm when most recent completions look automated, or the honeypot keeps catching", () => {
    const { monitor } = monitorAt();
    for (let i = 0; i < 12; i++) monitor.record("s1", "completed");
    for (let i = 0; i < 7; i++) monitor.record("s1", "flagged");
    expect(monitor.report("s1").reasons).toEqual([
      expect.stringMatching(/7 of the last 12 completions look automated/),
    ]);
    for (let i = 0; i < ALARM_REFUSED_COUNT; i++) monitor.record("s2", "refused");
    expect(monitor.report("s2")).toMatchObject({ alarm: true, recentRefused: ALARM_REFUSED_COUNT });
  });

  it("forgets everything older than an hour and keeps only counts", () => {
    const { monitor, advance } = monitorAt();
    for (let i = 0; i < 200; i++) monitor.record("s1", "completed");
    advance(RATE_HISTORY_MINUTES + 1);
    const report = monitor.report("s1");
    expect(report).toEqual({
      recentPerMinute: 0,
      baselinePerMinute: 0,
      recentFlagged: 0,
      recentRefused: 0,
      alarm: false,
      reasons: [],
    });
  });
});
