import { createHmac, timingSafeEqual } from "node:crypto";
import { sessionSecret } from "~/auth/session-secret.server";

/**
 * Time on a page is measured without storing any clock time: the page carries a signed
 * "shown at" stamp in a hidden field, and on submit only the elapsed whole seconds are
 * kept. Long pauses are capped so a coffee break does not count as answering time.
 */
export const MAX_COUNTED_SECONDS_PER_PAGE = 30 * 60;

function signature(pageId: string, shownAt: number): string {
  return createHmac("sha256", sessionSecret()).update(`page-shown:${pageId}:${shownAt}`).digest("base64url").slice(0, 22);
}

export function pageShownStamp(pageId: string, nowMs: number = Date.now()): string {
  const shownAt = Math.floor(nowMs / 1000);
  return `${shownAt}.${signature(pageId, shownAt)}`;
}

/** Whole seconds since the stamp was issued for this page; 0 when the stamp is missing or forged. */
export function secondsOnPage(pageId: string, stamp: unknown, nowMs: number = Date.now()): number {
  if (typeof stamp !== "string") return 0;
  const [shownAtText = "", given = ""] = stamp.split(".");
  const shownAt = Number(shownAtText);
  if (!Number.isInteger(shownAt)) return 0;
  const expected = Buffer.from(signature(pageId, shownAt));
  const received = Buffer.from(given);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return 0;
  const elapsed = Math.floor(nowMs / 1000) - shownAt;
  return Math.max(0, Math.min(elapsed, MAX_COUNTED_SECONDS_PER_PAGE));
}
