/**
 * The languages an Accept-Language header asks for, most wanted first (by q-value; ties keep the header's order).
 * "q=0" means "not this one"; "*" says nothing about which language, so both are left out.
 */
export function acceptedLanguages(header: string | null): string[] {
  return (header ?? "")
    .split(",")
    .map((part, position) => {
      const [tag = "", ...parameters] = part.split(";").map((piece) => piece.trim());
      const q = parameters.find((parameter) => /^q=/i.test(parameter));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight: Number.isFinite(weight) ? weight : 0, position };
    })
    .filter(({ tag, weight }) => tag !== "" && tag !== "*" && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.position - b.position)
    .map(({ tag }) => tag);
}

const primary = (tag: string) => tag.split("-")[0]?.toLowerCase() ?? "";

/** The offered language that matches `wanted`: the same tag, else the same primary language ("es-MX" → "es"). */
export function matchLanguage(wanted: string, offered: readonly string[]): string | undefined {
  return (
    offered.find((language) => language.toLowerCase() === wanted.toLowerCase()) ??
    offered.find((language) => primary(language) === primary(wanted))
  );
}

/**
 * The best offered language for the browser's preferences, tried in order of preference; when none matches,
 * English if offered (the source language), else the first offered.
 */
export function negotiateLanguage(acceptLanguage: string | null, offered: readonly string[]): string {
  for (const wanted of acceptedLanguages(acceptLanguage)) {
    const match = matchLanguage(wanted, offered);
    if (match) return match;
  }
  return offered.includes("en") ? "en" : (offered[0] ?? "en");
}
