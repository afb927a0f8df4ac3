/**
 * Free text is scrubbed of contact details before it is stored: people write their
 * e-mail address or a colleague's phone number without thinking, and a single one
 * de-anonymises a response. Each match is replaced by a visible marker.
 */
export const SCRUB_MARKERS = {
  email: "[e-mail removed]",
  url: "[link removed]",
  phone: "[phone number removed]",
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Scheme URLs, www. hosts and bare domains with a path or a common top-level domain.
const URL =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|de|fr|nl|eu|info|biz|me|app|dev|ly|gl|gg|us|ca|au)\b(?:\/[^\s<>"]*)?/giu;
// Seven or more digits, optionally with +, spaces, dots, dashes or brackets between them.
const PHONE = /(?:\+|\b00)?\(?\d[\d\s().-]{5,}\d\b/g;

function digitCount(text: string): number {
  return (text.match(/\d/g) ?? []).length;
}

/** True for things like 2019-2024, 3.5, 10/2023 that are not phone numbers. */
function looksLikeDateOrRange(text: string): boolean {
  return /^\d{4}\s*[-–]\s*\d{4}$/.test(text.trim()) || /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(text.trim());
}

export function scrubFreeText(text: string): string {
  return text
    .replace(EMAIL, SCRUB_MARKERS.email)
    .replace(URL, SCRUB_MARKERS.url)
    .replace(PHONE, (match) =>
      digitCount(match) >= 7 && !looksLikeDateOrRange(match) ? SCRUB_MARKERS.phone : match,
    );
}
