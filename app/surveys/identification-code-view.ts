import {
  type CodeElementId,
  codeElement,
  MAX_CODE_ELEMENTS,
} from "../../instrument/identification-code-elements";
import { codeFieldName, codeUnknownName } from "../../instrument/identification-code-answers";
import type { IdentificationCodeItem } from "../../instrument/items";
import { localize } from "../../instrument/localized-text";

/** One element of the identification-code page: a one-letter field, or a list (months, small counts). */
export type CodeElementView = {
  id: CodeElementId;
  name: string;
  unknownName: string;
  label: string;
} & ({ input: "letter" } | { input: "month" | "count"; options: { value: string; label: string }[] });

/** The month names of `language`, January first (Intl knows them; the catalogs need not). */
function monthNames(language: string): { value: string; label: string }[] {
  const format = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, index) => ({
    value: String(index + 1),
    label: format.format(new Date(Date.UTC(2000, index, 15))),
  }));
}

function elementView(item: IdentificationCodeItem, id: CodeElementId, language: string): CodeElementView {
  const element = codeElement(id);
  const base = {
    id,
    name: codeFieldName(item.id, id),
    unknownName: codeUnknownName(item.id, id),
    label: localize(element.prompt, language),
  };
  if (element.kind === "letter") return { ...base, input: "letter" };
  if (element.kind === "month") return { ...base, input: "month", options: monthNames(language) };
  const options = Array.from({ length: element.max - element.min + 1 }, (_, index) => {
    const value = String(element.min + index);
    return { value, label: value };
  });
  return { ...base, input: "count", options };
}

/** The elements in the order the definition lists them (never shuffled: every wave asks them alike). */
export function codeElementViews(item: IdentificationCodeItem, language: string): CodeElementView[] {
  return item.elements.slice(0, MAX_CODE_ELEMENTS).map((id) => elementView(item, id, language));
}
