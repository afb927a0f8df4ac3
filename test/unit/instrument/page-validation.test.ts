import { describe, expect, it } from "vitest";
import { validatePage } from "../../../instrument/page-validation";
import { miniInstrument } from "../../fixtures/mini-instrument";

const page = (id: string) => {
  const found = miniInstrument.pages.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no page ${id}`);
  return found;
};
const form = (entries: [string, string][]) => new URLSearchParams(entries);

describe("validatePage", () => {
  it("accepts a complete first page and stores option codes as numbers", () => {
    const result = validatePage(
      miniInstrument,
      page("start"),
      {},
      form([
        ["consent", "1"],
        ["adult", "1"],
      ]),
    );
    expect(result).toEqual({ success: true, answers: { consent: 1, adult: 1 } });
  });

  it("names each missing required answer with its own message", () => {
    const result = validatePage(miniInstrument, page("start"), {}, form([]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toEqual({
      consent: { id: "validation.consent" },
      adult: { id: "validation.chooseOne" },
    });
  });

  it("refuses option codes that do not exist", () => {
    const result = validatePage(
      miniInstrument,
      page("start"),
      {},
      form([
        ["consent", "1"],
        ["adult", "7"],
      ]),
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors.adult).toEqual({ id: "validation.notAnOption" });
  });

  it("reads decimal commas, and checks range and step of numbers", () => {
    const ok = validatePage(miniInstrument, page("work"), {}, form([["years", "2,5"]]));
    expect(ok).toEqual({ success: true, answers: { years: 2.5, role: null, channels: null } });
    const range = { min: 0, max: 50 };
    for (const [raw, message] of [
      ["51", { id: "validation.numberRange", values: range }],
      ["-1", { id: "validation.numberRange", values: range }],
      ["2.3", { id: "validation.numberSteps", values: { ...range, step: 0.5 } }],
      ["two", { id: "validation.numberDigits", values: range }],
    ] as const) {
      const result = validatePage(miniInstrument, page("work"), {}, form([["years", raw]]));
      expect(result.success ? null : result.errors.years).toEqual(message);
    }
  });

  it("keeps multiple choices in option order and refuses combining an exclusive answer", () => {
    const ok = validatePage(
      miniInstrument,
      page("work"),
      {},
      form([
        ["channels", "3"],
        ["channels", "1"],
      ]),
    );
    expect(ok.success && ok.answers.channels).toEqual([1, 3]);
    const bad = validatePage(
      miniInstrument,
      page("work"),
      {},
      form([
        ["channels", "5"],
        ["channels", "1"],
      ]),
    );
    // The option's label goes along in every language it has; the app words the message.
    expect(bad.success ? null : bad.errors.channels).toEqual({
      id: "validation.exclusive",
      texts: { label: { en: "None of these" } },
    });
  });

  it("validates every matrix row under the row's own name", () => {
    const result = validatePage(
      miniInstrument,
      page("strain"),
      {},
      form([
        ["b1", "1"],
        ["b2", "6"],
        ["attn", "3"],
      ]),
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(result.errors)).toEqual(["b2"]);
  });

  it("counts characters, not bytes, against a text limit", () => {
    const fits = validatePage(miniInstrument, page("after"), {}, form([["protect", "é".repeat(20)]]));
    expect(fits.success).toBe(true);
    const tooLong = validatePage(miniInstrument, page("after"), {}, form([["protect", "x".repeat(21)]]));
    expect(tooLong.success ? null : tooLong.errors.protect).toEqual({
      id: "validation.textTooLong",
      values: { max: 20, length: 21 },
    });
  });

  it("ignores fields that are not on the page", () => {
    const result = validatePage(
      miniInstrument,
      page("start"),
      {},
      form([
        ["consent", "1"],
        ["adult", "1"],
        ["years", "3"],
        ["isAdmin", "1"],
      ]),
    );
    expect(result.success && result.answers).toEqual({ consent: 1, adult: 1 });
  });
});
