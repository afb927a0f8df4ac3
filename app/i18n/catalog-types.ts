import type { MessageId } from "./catalog-en";

/**
 * A translation of the source catalog into one language. `messages` may lack ids (a translation in progress):
 * checkCatalog says which, and a language whose catalog is incomplete is never offered to respondents.
 */
export type TranslationCatalog = {
  language: string;
  /**
   * "draft": translated by the project, not reviewed by a translator; respondents are not told otherwise.
   * "pseudo": generated from English for layout tests (pseudo-bidi.ts), never a language for people.
   */
  status: "draft" | "reviewed" | "pseudo";
  messages: Partial<Record<MessageId, string>>;
};
