import type { LocalizedText } from "./localized-text";

/**
 * The library of identification-code elements (issue 14; docs/identification-code.md). Each asks something a
 * person knows for life, that does not change between waves, and that says nothing sensitive: no full dates,
 * names or places, only a letter, a month or a small count. A definition picks 6–10 of them by id; every wave of
 * a study must pick the same ones. Each is asked with an "I don't know" way out, and stored only as a keyed hash
 * of its normalised answer (app/studies/study-keys.server.ts). The prompts carry their Spanish (a draft, like
 * app/i18n/translations/es.json): they belong to the library, not to a definition, so every wave words them alike.
 */
export type CodeElementKind =
  /** one letter, A–Z after accents are removed (É → E, Ñ → N) */
  | { kind: "letter" }
  /** 1–12 */
  | { kind: "month" }
  /** a whole number from 0 (or 1) to max; at max the prompt says "or more" */
  | { kind: "count"; min: number; max: number };

export type CodeElement = CodeElementKind & {
  id: string;
  prompt: LocalizedText;
  /** Why this answer stays the same over the years; shown in the codebook, not to respondents. */
  stability: string;
};

export const CODE_ELEMENTS = [
  {
    id: "mother_initial",
    kind: "letter",
    prompt: {
      en: "The first letter of your mother's first name (or of the person who raised you)",
      es: "La primera letra del nombre de pila de su madre (o de la persona que le crio)",
    },
    stability: "A parent's name does not change; the prompt allows for whoever raised the respondent.",
  },
  {
    id: "father_initial",
    kind: "letter",
    prompt: {
      en: "The first letter of your father's first name (or of another person who raised you)",
      es: "La primera letra del nombre de pila de su padre (o de otra persona que le crio)",
    },
    stability: "As mother_initial; more respondents answer 'I don't know' here.",
  },
  {
    id: "own_initial",
    kind: "letter",
    prompt: {
      en: "The first letter of your own first name, as you were given it",
      es: "La primera letra de su propio nombre de pila, tal como se lo pusieron",
    },
    stability: "'As you were given it' keeps nicknames and later changes out.",
  },
  {
    id: "birth_month",
    kind: "month",
    prompt: {
      en: "The month you were born",
      es: "El mes en que nació",
    },
    stability: "Fixed; alone it is shared by about one person in twelve.",
  },
  {
    id: "birth_day",
    kind: "count",
    min: 1,
    max: 31,
    prompt: {
      en: "The day of the month you were born (1–31)",
      es: "El día del mes en que nació (1–31)",
    },
    stability: "Fixed; asked without the month or year, it is not a birth date.",
  },
  {
    id: "older_siblings",
    kind: "count",
    min: 0,
    max: 5,
    prompt: {
      en: "How many older brothers and sisters you have (5 or more: 5)",
      es: "Cuántos hermanos y hermanas mayores tiene (5 o más: 5)",
    },
    stability: "Changes only in rare family events; capped so large families do not stand out.",
  },
  {
    id: "school_town_initial",
    kind: "letter",
    prompt: {
      en: "The first letter of the town or city where you went to primary school",
      es: "La primera letra del pueblo o la ciudad donde fue a la escuela primaria",
    },
    stability: "A past fact; respondents who moved pick the first school.",
  },
  {
    id: "mother_name_length",
    kind: "count",
    min: 1,
    max: 12,
    prompt: {
      en: "How many letters your mother's first name has (12 or more: 12)",
      es: "Cuántas letras tiene el nombre de pila de su madre (12 o más: 12)",
    },
    stability: "As mother_initial; counting is the most error-prone element, so it carries less weight.",
  },
  {
    id: "birth_year_last_digit",
    kind: "count",
    min: 0,
    max: 9,
    prompt: {
      en: "The last digit of the year you were born",
      es: "La última cifra del año en que nació",
    },
    stability: "Fixed; one digit does not reveal the year or age.",
  },
  {
    id: "street_initial",
    kind: "letter",
    prompt: {
      en: "The first letter of the street you lived in when you started primary school",
      es: "La primera letra de la calle donde vivía cuando empezó la escuela primaria",
    },
    stability: "A past fact; less often remembered, so 'I don't know' is common.",
  },
] as const satisfies readonly CodeElement[];

export type CodeElementId = (typeof CODE_ELEMENTS)[number]["id"];
export const CODE_ELEMENT_IDS = CODE_ELEMENTS.map((element) => element.id) as [
  CodeElementId,
  ...CodeElementId[],
];
export const MIN_CODE_ELEMENTS = 6;
export const MAX_CODE_ELEMENTS = 10;

export function codeElement(id: CodeElementId): CodeElement {
  const element = CODE_ELEMENTS.find((candidate) => candidate.id === id);
  if (!element) throw new Error(`Unknown identification-code element "${id}"`);
  return element;
}

/**
 * The one spelling an answer is hashed in, or null when the text is not an answer to this element. Two waves
 * hash equal answers equally only if this never changes: a change here unlinks every study (tested).
 */
export function normaliseCodeAnswer(element: CodeElementKind, raw: string): string | null {
  const text = raw.trim();
  if (element.kind === "letter") {
    const letter = text.normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase();
    return /^[A-Z]$/.test(letter) ? letter : null;
  }
  if (!/^\d{1,2}$/.test(text)) return null;
  const value = Number(text);
  const [min, max] = element.kind === "month" ? [1, 12] : [element.min, element.max];
  return value >= min && value <= max ? String(value) : null;
}
