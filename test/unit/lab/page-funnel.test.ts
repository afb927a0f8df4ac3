import { describe, expect, it } from "vitest";
import { pageFunnel } from "~/lab/page-funnel";
import { miniInstrument } from "../../fixtures/mini-instrument";

const stayer = { consent: 1, adult: 1, years: 4, role: 1 };
const leaver = { consent: 1, adult: 1, years: 4, role: 3, since_left: 2 };

// Issue 15, item 9: branch pages used to show "reached" = everyone.
describe("pageFunnel", () => {
  it("counts each page against the people it was shown to, branch pages only for those who opened them", () => {
    const steps = pageFunnel(
      miniInstrument,
      [stayer, stayer, leaver],
      [
        { completedPages: ["start"], currentPageId: "work" },
        { completedPages: ["start", "work", "strain"], currentPageId: "after" },
      ],
    );
    expect(steps.map(({ pageId, shown, stoppedHere }) => [pageId, shown, stoppedHere])).toEqual([
      ["start", 5, 0],
      ["work", 5, 1],
      ["strain", 4, 0],
      ["after", 2, 1],
    ]);
  });

  it("shows every page at 0 before anyone answers", () => {
    expect(pageFunnel(miniInstrument, [], []).every((step) => step.shown === 0)).toBe(true);
  });
});
