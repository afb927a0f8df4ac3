import { vi } from "vitest";
import type { RespondentBrowser } from "./respondent-browser";

/**
 * A clock the test moves by hand: only Date is faked (timers, I/O and the database's group commit
 * run as usual), so "45 seconds on a page" takes no time. Call `stop()` after each test.
 */
export function handClock() {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
  return {
    pass(seconds: number) {
      vi.setSystemTime(Date.now() + seconds * 1000);
    },
    stop() {
      vi.useRealTimers();
    },
  };
}

/** Shows a survey page (its loader, as a GET) and returns the timing stamp its form would carry. */
export async function viewPage(browser: RespondentBrowser, path: string): Promise<string> {
  const reply = await browser.get(path);
  const shown = (reply.data as { shown?: unknown } | null)?.shown;
  if (reply.status !== 200 || typeof shown !== "string") {
    throw new Error(
      `${path} answered ${reply.status} (to ${reply.location ?? "nowhere"}) without a timing stamp`,
    );
  }
  return shown;
}
