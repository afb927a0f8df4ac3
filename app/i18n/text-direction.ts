type LocaleWithTextInfo = Intl.Locale & {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
};

// For engines without Intl.Locale text info (it arrived in V8 with Node 18's ICU, but not everywhere).
const RIGHT_TO_LEFT = new Set(["ar", "he", "fa", "ur"]);

/** The writing direction of a language, for <html dir>: "rtl" for Arabic, Hebrew, Persian, Urdu and their kin. */
export function textDirection(language: string): "ltr" | "rtl" {
  try {
    const locale = new Intl.Locale(language) as LocaleWithTextInfo;
    const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
    if (direction === "rtl" || direction === "ltr") return direction;
  } catch {
    // Not a valid tag: decide by the list below.
  }
  return RIGHT_TO_LEFT.has(language.split("-")[0] ?? "") ? "rtl" : "ltr";
}
