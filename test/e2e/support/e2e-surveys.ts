/** The surveys the e2e server adds beside the demo (seed-e2e-surveys.ts). */
// English and Spanish, every text in both (test/fixtures/bilingual-instrument.ts).
export const BILINGUAL_SURVEY_SLUG = "trabajo-y-descanso";
export const BILINGUAL_SURVEY_PATH = `/s/${BILINGUAL_SURVEY_SLUG}`;
// English and the bidi pseudo-locale ar-XB, offered because the server runs with PSEUDO_LOCALES=1.
export const PSEUDO_BIDI_SURVEY_SLUG = "pseudo-bidi";
export const PSEUDO_BIDI_SURVEY_PATH = `/s/${PSEUDO_BIDI_SURVEY_SLUG}`;
