import IntlMessageFormat from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { checkCatalog, completeInterfaceLanguages } from "~/i18n/catalog-check";
import { translationsFor } from "~/i18n/catalogs";
import { PSEUDO_BIDI_LANGUAGE, pseudoBidiCatalog, pseudoBidiMessage } from "~/i18n/pseudo-bidi";
import { textDirection } from "~/i18n/text-direction";
import { offeredLanguages } from "~/i18n/offered-languages";
import { readEnvironment } from "../../../server/environment.js";
import { pseudoBidiInstrument } from "../../fixtures/pseudo-bidi-instrument";

/** One word as the pseudo-locale writes it: right-to-left marks around a right-to-left override. */
const word = (text: string) => `\u200F\u202E${text}\u202C\u200F`;
const format = (message: string, values: Record<string, string | number>) =>
  String(new IntlMessageFormat(message, PSEUDO_BIDI_LANGUAGE).format(values));

describe("the bidi pseudo-locale", () => {
  it("forces literal text right-to-left and keeps arguments, plurals and tags working", () => {
    expect(format(pseudoBidiMessage("Step {current} of {total}"), { current: 2, total: 5 })).toBe(
      `${word("Step")} 2 ${word("of")} 5`,
    );
    const plural = pseudoBidiMessage("About {minutes, plural, one {# minute} other {# minutes}}.");
    expect(format(plural, { minutes: 1 })).toBe(`${word("About")} 1 ${word("minute")}${word(".")}`);
    // Arabic rules call 3 "few": the category is added, worded as "other".
    expect(format(plural, { minutes: 3 })).toBe(`${word("About")} 3 ${word("minutes")}${word(".")}`);
    const tagged = new IntlMessageFormat(pseudoBidiMessage("Under <link>Findings</link>."), "ar-XB").format({
      link: (chunks: string[]) => `[${chunks.join("")}]`,
    });
    expect(String(tagged)).toBe(`${word("Under")} [${word("Findings")}]${word(".")}`);
    expect(format(pseudoBidiMessage("It's {n, number} '{'x'}'"), { n: 3 })).toBe(
      `${word("It's")} 3 ${word("{x}")}`,
    );
  });

  it("has a complete catalog, every plural category Arabic rules need, and a right-to-left direction", () => {
    expect(checkCatalog(PSEUDO_BIDI_LANGUAGE, pseudoBidiCatalog().messages)).toEqual([]);
    expect(pseudoBidiCatalog().status).toBe("pseudo");
    expect(textDirection(PSEUDO_BIDI_LANGUAGE)).toBe("rtl");
  });

  it("is registered only with PSEUDO_LOCALES=1, so a server without it never offers the language", () => {
    expect([...translationsFor(false).keys()]).toEqual(["es"]);
    expect([...translationsFor(true).keys()]).toEqual(["es", PSEUDO_BIDI_LANGUAGE]);
    expect(readEnvironment({}).PSEUDO_LOCALES).toBe(false);
    expect(readEnvironment({ PSEUDO_LOCALES: "1" }).PSEUDO_LOCALES).toBe(true);
    expect(() => readEnvironment({ PSEUDO_LOCALES: "yes" })).toThrow(/PSEUDO_LOCALES must be 1 or unset/);
    // This test process runs without the flag, like every production server.
    expect(completeInterfaceLanguages().has(PSEUDO_BIDI_LANGUAGE)).toBe(false);
    expect(pseudoBidiInstrument.languages).toEqual(["en", PSEUDO_BIDI_LANGUAGE]);
    expect(offeredLanguages(pseudoBidiInstrument)).toEqual(["en"]);
  });
});
