import type { ExchangeOrigin, ExchangeUnit } from "./exchange-units";
import type { FileNote } from "./read-xliff";

export const XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
export const METADATA_NAMESPACE = "urn:oasis:names:tc:xliff:metadata:2.0";
/** The category of the metadata group that says what a file was made for. */
export const ORIGIN_GROUP = "negative-space-origin";

/** What the translator is asked to do, with the plural categories the target language's rules (CLDR) need. */
function instructions(language: string): string {
  const name = new Intl.DisplayNames(["en"], { type: "language" }).of(language) ?? language;
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.join(", ");
  return `Translate each target. Units whose id starts with chrome: are interface messages in ICU MessageFormat: keep every {placeholder} as it is, translate the text inside the braces of plural and select forms, and give every plural the categories ${name} needs (${categories}). Units whose id starts with definition: are the survey's own texts, plain text. Never translate a validated scale's items yourself: its published translation is used word for word.`;
}

// Characters XML 1.0 cannot carry at all, even escaped.
const UNREPRESENTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text content: "&", "<" and ">" escaped (">" so that "]]>" never appears), a carriage return kept as one. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;");

function checkRepresentable(unit: ExchangeUnit) {
  for (const text of [unit.source, unit.target ?? ""])
    if (UNREPRESENTABLE.test(text))
      throw new Error(`Unit ${unit.id} contains a control character that XML cannot carry; remove it first.`);
}

function unitXml(unit: ExchangeUnit): string {
  checkRepresentable(unit);
  const translated = unit.target !== undefined;
  const target = translated ? `\n        <target>${escapeText(unit.target!)}</target>` : "";
  return `    <unit id="${escapeAttribute(unit.id)}">
      <notes>
        <note category="context">${escapeText(unit.note)}</note>
      </notes>
      <segment state="${translated ? "translated" : "initial"}">
        <source>${escapeText(unit.source)}</source>${target}
      </segment>
    </unit>`;
}

function originXml(origin: ExchangeOrigin): string {
  const entries: [string, string | number | undefined][] = [
    ["survey", origin.survey],
    ["definition-version", origin.version],
    ["definition-id", origin.definitionId],
    ["source-hash", origin.sourceHash],
  ];
  const metas = entries
    .filter(([, value]) => value !== undefined)
    .map(([type, value]) => `        <mda:meta type="${type}">${escapeText(String(value))}</mda:meta>`);
  return `    <mda:metadata>
      <mda:metaGroup category="${ORIGIN_GROUP}">
${metas.join("\n")}
      </mda:metaGroup>
    </mda:metadata>`;
}

/**
 * An XLIFF 2.0 document (OASIS, core plus the metadata module) with one file: what it was made for in
 * <mda:metadata>, any notes of the file's own (`notes`, e.g. a "draft" warning), instructions for the translator,
 * then one unit per text — its context note before its single
 * segment, the English source and, when there is one, the existing target (state "translated", else "initial").
 * White space inside texts is kept (xml:space="preserve").
 */
export function writeXliff(
  language: string,
  origin: ExchangeOrigin,
  units: readonly ExchangeUnit[],
  notes: readonly FileNote[] = [],
): string {
  const ownNotes = notes.map(
    (note) =>
      `      <note${note.category === undefined ? "" : ` category="${escapeAttribute(note.category)}"`}>${escapeText(note.text)}</note>\n`,
  );
  const fileId = origin.survey === undefined ? origin.definitionId : `${origin.survey}-v${origin.version}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="${XLIFF_NAMESPACE}" xmlns:mda="${METADATA_NAMESPACE}" version="2.0" srcLang="en" trgLang="${escapeAttribute(language)}" xml:space="preserve">
  <file id="${escapeAttribute(fileId.replace(/[^A-Za-z0-9_.-]/g, "_"))}">
${originXml(origin)}
    <notes>
${ownNotes.join("")}      <note category="instructions">${escapeText(instructions(language))}</note>
    </notes>
${units.map(unitXml).join("\n")}
  </file>
</xliff>
`;
}
