import type { Answers } from "../../instrument/answers";
import type { Page } from "../../instrument/definition-schema";
import type { Item } from "../../instrument/items";
import { PANEL_MODEL as M } from "./model-parameters";
import type { Draws } from "./random-draws";
import type { RespondentProfile } from "./respondent-profile";

/** The page-timing cap of the respondent journey (app/respondent/page-timing.server.ts): 30 minutes. */
const MAX_SECONDS_PER_PAGE = 30 * 60;

/** Typical seconds to read and answer one item of each type (a matrix counts per row). */
function itemSeconds(item: Item, answers: Answers): number {
  switch (item.type) {
    case "consent":
      return 25;
    case "single":
    case "likert":
      return 5;
    case "multiple":
      return 9;
    case "numeric":
      return 7;
    case "matrix":
      return 4.5 * item.rows.length;
    case "text": {
      const value = answers[item.id];
      return typeof value === "string" ? 30 + 0.4 * value.length : 4;
    }
    case "identificationCode":
      return 6 * item.elements.length;
  }
}

/** 2 s for the title, 4 s for an intro, plus the items' typical times. */
export function typicalPageSeconds(page: Page, items: readonly Item[], answers: Answers): number {
  return 2 + (page.intro ? 4 : 0) + items.reduce((sum, item) => sum + itemSeconds(item, answers), 0);
}

/**
 * Whole seconds spent on one page: (2 s for the title, 4 s for an intro, plus the items' typical times)
 * × the person's speed factor × a lognormal page factor, × 0.12 for speeders and 0.55 for straight-liners;
 * now and then (2 % of pages) a pause of 3–10 times as long; at least 1 s and at most the journey's cap.
 */
export function pageSeconds(
  page: Page,
  items: readonly Item[],
  answers: Answers,
  profile: RespondentProfile,
  draws: Draws,
): number {
  const typical = typicalPageSeconds(page, items, answers);
  const behaviourFactor =
    profile.behaviour === "speeder"
      ? M.timing.speederFactor
      : profile.behaviour === "straight-liner"
        ? M.timing.straightLinerFactor
        : 1;
  const pause =
    profile.behaviour !== "speeder" && draws.chance(M.timing.pauseShare) ? 3 + 7 * draws.uniform() : 1;
  const seconds =
    typical * profile.speed * Math.exp(M.timing.pageLogSd * draws.normal()) * behaviourFactor * pause;
  return Math.min(MAX_SECONDS_PER_PAGE, Math.max(1, Math.round(seconds)));
}
