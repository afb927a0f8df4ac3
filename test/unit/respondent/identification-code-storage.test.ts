import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashCodeAnswers } from "~/respondent/identification-code.server";
import { buildReview } from "~/respondent/review-view";
import { storedIdentificationCode } from "~/surveys/stored-answers";
import { codeInstrument } from "../../fixtures/code-instrument";

const KEY = Buffer.alloc(32, 7);
const hmac = (message: string) => createHmac("sha256", KEY).update(message).digest("hex");

describe("a stored identification code", () => {
  it("is the HMAC of each element id and normalised answer under the study's key, null for 'I don't know'", () => {
    expect(hashCodeAnswers(KEY, { mother_initial: "E", birth_month: "7", father_initial: null })).toEqual({
      mother_initial: hmac("mother_initial\u0000E"),
      birth_month: hmac("birth_month\u00007"),
      father_initial: null,
    });
  });

  it("refuses anything but 64 hex digits or null, so a raw answer can never be written or read as one", () => {
    expect(() => storedIdentificationCode.encode({ mother_initial: "E" })).toThrow();
    expect(() => storedIdentificationCode.parse('{"birth_day":"23"}')).toThrow();
    const hash = hmac("x");
    expect(storedIdentificationCode.parse(JSON.stringify({ a: hash, b: null }))).toEqual({
      a: hash,
      b: null,
    });
  });

  it("shows on the review as 'Given' or 'I don't know', never the answer, and unanswered elements as not answered", () => {
    const review = buildReview(codeInstrument, {}, "en", {
      stored: { mother_initial: hmac("m"), father_initial: null },
      given: "Given",
      dontKnow: "I don't know",
    });
    const code = review.find((section) => section.pageId === "code")!.entries;
    expect(code.slice(0, 3).map((entry) => entry.answer)).toEqual(["Given", "I don't know", null]);
    expect(JSON.stringify(code)).not.toContain(hmac("m"));
  });
});
