import { describe, expect, it } from "vitest";
import { pageParamsSchema } from "~/respondent/route-params";
import { codebookParamsSchema } from "~/surveys/public-codebook.server";
import { requireSurveySlug, surveySlugSchema } from "~/surveys/survey-slug";

const GOOD = ["mini", "support-work-and-erosion", "x", "a1", "2026-wave-2", "a".repeat(80)];
const BAD = ["", "-mini", "mini-", "Mini", "mini survey", "mini_survey", "mini/../lab", "é", "a".repeat(81)];

describe("the one survey slug rule", () => {
  it("accepts 1–80 lower-case letters, digits and inner hyphens, and nothing else", () => {
    for (const slug of GOOD) expect(surveySlugSchema.safeParse(slug).success, slug).toBe(true);
    for (const slug of BAD) expect(surveySlugSchema.safeParse(slug).success, slug).toBe(false);
    expect(surveySlugSchema.safeParse("Bad Slug").error?.issues[0]?.message).toBe(
      "Use 1–80 lower-case letters, digits and hyphens, not starting or ending with a hyphen.",
    );
  });

  it("is the rule of the respondent's, the lab's and the codebook's route params", () => {
    for (const slug of BAD) {
      expect(() => requireSurveySlug({ slug }), slug).toThrow(Response);
      expect(pageParamsSchema.safeParse({ slug, pageId: "start" }).success, slug).toBe(false);
      expect(codebookParamsSchema.safeParse({ slug, version: "1" }).success, slug).toBe(false);
    }
    for (const slug of GOOD) {
      expect(requireSurveySlug({ slug })).toBe(slug);
      expect(pageParamsSchema.safeParse({ slug, pageId: "start" }).success, slug).toBe(true);
      expect(codebookParamsSchema.safeParse({ slug, version: "1" }).success, slug).toBe(true);
    }
  });

  it("answers a malformed slug with a 404, as a page that does not exist", () => {
    let thrown: unknown;
    try {
      requireSurveySlug({ slug: "-nope" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });
});
