import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { sessionSecret } from "~/security/session-secret.server";

/**
 * Time on a page is measured without storing any clock time: the page carries a signed
 * "shown at" stamp in a hidden field, and on submit only the elapsed whole seconds are
 * kept. Long pauses are capped so a coffee break does not count as answering time.
 *
 * Each stamp is one page view (a random nonce) of one page, bound to whoever it was shown to,
 * and counts once (docs/security.md, "Plausible time"):
 * - a respondent with a draft: the stamp is signed over the draft's id and over how many views of
 *   this page the draft has counted so far (`countedViews`). Counting a view moves that number on,
 *   so the same stamp again, an older view of the page, or another draft's stamp no longer verify.
 * - a new respondent (the first page, before any draft exists): the stamp is signed for "new", and
 *   the draft it starts records the view's digest (used-first-page-views.server.ts); a second draft
 *   started with the same view gets 0 seconds. Such a stamp counts for FIRST_VIEW_LIFETIME_DAYS.
 * Anything that does not verify counts as 0 seconds, which is what the too-fast flag catches.
 */
export const MAX_COUNTED_SECONDS_PER_PAGE = 30 * 60;
/** How long a new respondent's first-page view can start a draft with its time counted. */
export const FIRST_VIEW_LIFETIME_DAYS = 7;
const FIRST_VIEW_LIFETIME_SECONDS = FIRST_VIEW_LIFETIME_DAYS * 24 * 60 * 60;

/** Whom a page is shown to: a draft, with the views of this page it has counted, or a new respondent. */
export type PageViewer = { draftId: string; countedViews: number } | null;

/** The viewer of `pageId` for a respondent's draft (or none yet). */
export function pageViewer(
  draft: { id: string; countedViews: Record<string, number> } | null,
  pageId: string,
): PageViewer {
  return draft ? { draftId: draft.id, countedViews: draft.countedViews[pageId] ?? 0 } : null;
}

function signature(pageId: string, viewer: PageViewer, shownAt: number, nonce: string): string {
  const owner = viewer ? `draft:${viewer.draftId}:${viewer.countedViews}` : "new";
  return createHmac("sha256", sessionSecret())
    .update(`page-shown:v2:${owner}:${pageId}:${shownAt}:${nonce}`)
    .digest("base64url")
    .slice(0, 22);
}

/** A fresh stamp for one view of the page: `<shown at, s>.<nonce>.<signature>`. */
export function pageShownStamp(pageId: string, viewer: PageViewer, nowMs: number = Date.now()): string {
  const shownAt = Math.floor(nowMs / 1000);
  const nonce = randomBytes(12).toString("base64url");
  return `${shownAt}.${nonce}.${signature(pageId, viewer, shownAt, nonce)}`;
}

export type PageViewTiming = {
  /** Whole seconds to add to the page's time: 0 unless the stamp verifies. */
  seconds: number;
  /** The stamp verified: the view is now used (the draft counts it; a first view is recorded). */
  counted: boolean;
  /** A new respondent's first-page view, for the draft it starts to record; null otherwise. */
  firstViewDigest: string | null;
};

const NOT_COUNTED: PageViewTiming = { seconds: 0, counted: false, firstViewDigest: null };

/** What a submitted stamp is worth for this page and viewer (see above). */
export function timePageView(
  pageId: string,
  viewer: PageViewer,
  stamp: unknown,
  nowMs: number = Date.now(),
): PageViewTiming {
  if (typeof stamp !== "string") return NOT_COUNTED;
  const [shownAtText = "", nonce = "", given = "", ...rest] = stamp.split(".");
  const shownAt = Number(shownAtText);
  if (rest.length > 0 || !/^\d{1,12}$/.test(shownAtText) || !/^[\w-]{16}$/.test(nonce)) return NOT_COUNTED;
  const expected = Buffer.from(signature(pageId, viewer, shownAt, nonce));
  const received = Buffer.from(given);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return NOT_COUNTED;
  const elapsed = Math.max(0, Math.floor(nowMs / 1000) - shownAt);
  if (!viewer && elapsed > FIRST_VIEW_LIFETIME_SECONDS) return NOT_COUNTED;
  return {
    seconds: Math.min(elapsed, MAX_COUNTED_SECONDS_PER_PAGE),
    counted: true,
    firstViewDigest: viewer
      ? null
      : createHash("sha256").update(`first-page-view:${nonce}`).digest("base64url"),
  };
}
