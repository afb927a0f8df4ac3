import { describe, expect, it } from "vitest";
import {
  FIRST_VIEW_LIFETIME_DAYS,
  MAX_COUNTED_SECONDS_PER_PAGE,
  pageShownStamp,
  timePageView,
} from "~/respondent/page-timing.server";

const SHOWN = Date.UTC(2026, 11, 2, 10, 0, 0);
const later = (seconds: number) => SHOWN + seconds * 1000;
const DRAFT = { draftId: "0b6f3c1e-draft-a", countedViews: 0 };

describe("page-timing stamps", () => {
  it("count the whole seconds between showing and sending, capped at 30 minutes", () => {
    const stamp = pageShownStamp("work", DRAFT, SHOWN);
    expect(timePageView("work", DRAFT, stamp, later(47.9))).toEqual({
      seconds: 47,
      counted: true,
      firstViewDigest: null,
    });
    expect(timePageView("work", DRAFT, stamp, later(5 * 3600)).seconds).toBe(MAX_COUNTED_SECONDS_PER_PAGE);
    // A clock that went backwards counts nothing rather than a negative time.
    expect(timePageView("work", DRAFT, stamp, later(-10))).toMatchObject({ seconds: 0, counted: true });
  });

  it("are one per view: two views of the same page in the same second differ", () => {
    expect(pageShownStamp("work", DRAFT, SHOWN)).not.toBe(pageShownStamp("work", DRAFT, SHOWN));
  });

  it("count 0 on another page, for another draft, or once the draft has counted the view", () => {
    const stamp = pageShownStamp("start", DRAFT, SHOWN);
    const none = { seconds: 0, counted: false, firstViewDigest: null };
    expect(timePageView("work", DRAFT, stamp, later(60))).toEqual(none);
    expect(timePageView("start", { ...DRAFT, draftId: "another-draft" }, stamp, later(60))).toEqual(none);
    expect(timePageView("start", { ...DRAFT, countedViews: 1 }, stamp, later(60))).toEqual(none);
    expect(timePageView("start", null, stamp, later(60))).toEqual(none);
    // and a new respondent's first-page stamp does not count for a draft
    expect(timePageView("start", DRAFT, pageShownStamp("start", null, SHOWN), later(60))).toEqual(none);
  });

  it("count 0 when tampered with or not a stamp at all", () => {
    const stamp = pageShownStamp("work", DRAFT, SHOWN);
    const [shownAt = "", nonce = "", signature = ""] = stamp.split(".");
    const flip = (text: string) => `${text.slice(0, -1)}${text.endsWith("A") ? "B" : "A"}`;
    for (const forged of [
      `${Number(shownAt) - 3600}.${nonce}.${signature}`, // shown "an hour earlier"
      `${shownAt}.${flip(nonce)}.${signature}`,
      `${shownAt}.${nonce}.${flip(signature)}`,
      `${shownAt}.${nonce}.${signature}.extra`,
      `${shownAt}.${signature}`, // the old two-part format
      `${shownAt}e0.${nonce}.${signature}`,
      "",
      "garbage",
    ]) {
      expect(timePageView("work", DRAFT, forged, later(60)), forged).toMatchObject({
        seconds: 0,
        counted: false,
      });
    }
    for (const value of [undefined, null, 42, ["a", "b"]])
      expect(timePageView("work", DRAFT, value, later(60)).seconds).toBe(0);
  });

  it("give a new respondent's first view a digest for the draft it starts, within its lifetime only", () => {
    const first = pageShownStamp("start", null, SHOWN);
    const counted = timePageView("start", null, first, later(30));
    expect(counted).toMatchObject({ seconds: 30, counted: true });
    expect(counted.firstViewDigest).toMatch(/^[\w-]{43}$/);
    expect(timePageView("start", null, first, later(31)).firstViewDigest).toBe(counted.firstViewDigest);
    expect(
      timePageView("start", null, pageShownStamp("start", null, SHOWN), later(30)).firstViewDigest,
    ).not.toBe(counted.firstViewDigest);
    const lifetime = FIRST_VIEW_LIFETIME_DAYS * 24 * 3600;
    expect(timePageView("start", null, first, later(lifetime)).seconds).toBe(MAX_COUNTED_SECONDS_PER_PAGE);
    expect(timePageView("start", null, first, later(lifetime + 1))).toMatchObject({
      seconds: 0,
      counted: false,
    });
  });
});
