import type { MessageId } from "./catalog-en";

/**
 * A translation of the source catalog into one language. `messages` may lack ids (a translation in progress):
 * checkCatalog says which, and a language whose catalog is incomplete is never offered to respondents.
 */
export type TranslationCatalog = {
  language: string;
  /** "draft": translated by the project, not reviewed by a translator; respondents are not told otherwise. */
  status: "draft" | "reviewed";
  messages: Partial<Record<MessageId, string>>;
};
