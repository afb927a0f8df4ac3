import { describe, expect, it } from "vitest";
import { sourceCatalog } from "~/i18n/catalog-en";
import { checkCatalog, completeInterfaceLanguages } from "~/i18n/catalog-check";
import { TRANSLATIONS } from "~/i18n/catalogs";
import { textDirection } from "~/i18n/text-direction";
import { translate, translateAroundTag } from "~/i18n/translate.server";

const spanishCatalog = TRANSLATIONS.get("es")!;
const englishMessages = Object.fromEntries(
  Object.entries(sourceCatalog).map(([id, entry]) => [id, entry.message]),
);

describe("the catalogs", () => {
  it("English and the Spanish draft are complete, with every plural category their rules need", () => {
    expect(checkCatalog("en", englishMessages)).toEqual([]);
    expect(checkCatalog("es", spanishCatalog.messages)).toEqual([]);
    expect(spanishCatalog.status).toBe("draft");
    expect([...completeInterfaceLanguages()].sort()).toEqual(["en", "es"]);
  });

  it("names an id the translation lacks", () => {
    const { "review.send": _left, ...rest } = spanishCatalog.messages;
    expect(checkCatalog("es", rest)).toEqual([{ id: "review.send", kind: "missing" }]);
  });

  it("names each plural category the language needs and a message lacks, even inside a select", () => {
    const withoutMany = {
      ...spanishCatalog.messages,
      "page.minutes": "Unos {minutes, plural, one {# minuto} other {# minutos}}.",
      "validation.chooseAtLeast": "{kind, select, x {{count, plural, one {#} other {#}}} other {}}",
    };
    expect(checkCatalog("es", withoutMany)).toEqual([
      { id: "page.minutes", kind: "missing-plural-category", argument: "minutes", category: "many" },
      {
        id: "validation.chooseAtLeast",
        kind: "missing-plural-category",
        argument: "count",
        category: "many",
      },
    ]);
    // Arabic distinguishes six categories: an English-shaped plural lacks four of them.
    const arabic = checkCatalog("ar", { ...englishMessages }).filter(
      (problem) => problem.id === "page.minutes",
    );
    expect(arabic.map((problem) => "category" in problem && problem.category).sort()).toEqual([
      "few",
      "many",
      "two",
      "zero",
    ]);
  });

  it("reports a message that is not valid ICU MessageFormat", () => {
    const broken = { ...spanishCatalog.messages, "page.progress": "Paso {step, number de {total}" };
    expect(checkCatalog("es", broken)).toMatchObject([{ id: "page.progress", kind: "unreadable" }]);
  });
});

describe("translate", () => {
  it("formats numbers by each language's conventions", () => {
    expect(translate("en", "field.numberRangeSteps", { min: 0, max: 1500, step: 0.5 })).toBe(
      "A number from 0 to 1,500, in steps of 0.5.",
    );
    expect(translate("es", "field.numberRangeSteps", { min: 0, max: 15000, step: 0.5 })).toBe(
      "Un número de 0 a 15.000, en pasos de 0,5.",
    );
  });

  it("chooses the plural form by the language's rules", () => {
    expect(translate("en", "validation.chooseAtLeast", { count: 1 })).toBe("Choose at least 1 answer.");
    expect(translate("en", "validation.chooseAtLeast", { count: 3 })).toBe("Choose at least 3 answers.");
    expect(translate("es", "validation.chooseAtLeast", { count: 1 })).toBe("Elija al menos 1 respuesta.");
    expect(translate("es", "validation.chooseAtLeast", { count: 2 })).toBe("Elija al menos 2 respuestas.");
  });

  it("returns the same text for repeated calls (cached formatters) and splits a message around its tag", () => {
    expect(translate("es", "page.progress", { step: 2, total: 5 })).toBe("Paso 2 de 5");
    expect(translate("es", "page.progress", { step: 3, total: 5 })).toBe("Paso 3 de 5");
    expect(translateAroundTag("es", "thanks.findings", "link")).toEqual([
      "Los resultados publicados aparecen en ",
      "Resultados",
      ". Ya puede cerrar esta página.",
    ]);
  });
});

describe("textDirection", () => {
  it("is right-to-left for Arabic, Hebrew, Persian and Urdu, left-to-right otherwise", () => {
    expect(["ar", "he", "fa", "ur", "ar-EG"].map(textDirection)).toEqual(["rtl", "rtl", "rtl", "rtl", "rtl"]);
    expect(["en", "es", "pt-BR", "not a tag!"].map(textDirection)).toEqual(["ltr", "ltr", "ltr", "ltr"]);
  });
});
