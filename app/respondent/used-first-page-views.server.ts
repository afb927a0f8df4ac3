import { insertUnordered, run, type SqlWork } from "~/database/sql";
import { calendarDay, calendarDayPlus } from "~/privacy/calendar-day.server";
import { FIRST_VIEW_LIFETIME_DAYS } from "./page-timing.server";

/**
 * Records, inside the transaction that creates a draft, that a new respondent's first-page view
 * started it. True the first time; false when that view already started a draft (its stamp was
 * replayed), and the new draft then gets 0 seconds for the page. A row holds only the view's
 * digest and a calendar day; it names no draft, and it is deleted once no stamp of its day
 * could still count. Shared by every worker process (it is in the database, not in memory).
 */
export function* markFirstPageViewUsed(viewDigest: string): SqlWork<boolean> {
  yield* run('DELETE FROM "UsedFirstPageView" WHERE "keepUntil" < ?', calendarDay());
  const inserted = yield* insertUnordered(
    "UsedFirstPageView",
    { viewDigest, keepUntil: calendarDayPlus(FIRST_VIEW_LIFETIME_DAYS + 1) },
    { ifNew: true },
  );
  return inserted.changes === 1;
}
