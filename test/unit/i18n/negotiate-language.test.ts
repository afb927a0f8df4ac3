import { describe, expect, it } from "vitest";
import { acceptedLanguages, matchLanguage, negotiateLanguage } from "~/i18n/negotiate-language";

describe("Accept-Language negotiation", () => {
  it("orders the browser's languages by q-value, keeps the header's order on ties, and drops q=0 and *", () => {
    expect(acceptedLanguages("fr;q=0.2, es-MX;q=0.8, en;q=0.8, de;q=0, *;q=0.1, pt")).toEqual([
      "pt",
      "es-MX",
      "en",
      "fr",
    ]);
    expect(acceptedLanguages(null)).toEqual([]);
    expect(acceptedLanguages("es;q=banana, en")).toEqual(["en"]);
  });

  it("matches the exact tag first, then the primary language", () => {
    expect(matchLanguage("pt-BR", ["pt", "pt-BR"])).toBe("pt-BR");
    expect(matchLanguage("es-MX", ["en", "es"])).toBe("es");
    expect(matchLanguage("ES", ["en", "es"])).toBe("es");
    expect(matchLanguage("de", ["en", "es"])).toBeUndefined();
  });

  it("takes the most wanted language the survey offers, else English, else the survey's first", () => {
    expect(negotiateLanguage("fr, es;q=0.8, en;q=0.5", ["en", "es"])).toBe("es");
    expect(negotiateLanguage("fr, en;q=0.9, es;q=0.8", ["en", "es"])).toBe("en");
    expect(negotiateLanguage("fr, de", ["en", "es"])).toBe("en");
    expect(negotiateLanguage("fr", ["es", "pt"])).toBe("es");
  });
});
