import { z } from "zod";
import { type MessageId, sourceCatalog } from "./catalog-en";

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

const messageIdSchema = z.enum(Object.keys(sourceCatalog) as [MessageId, ...MessageId[]]);

/**
 * A translation file (`translations/<lang>.json`, written by `npm run i18n:import`): checked when it loads, so a
 * misspelt id or a number in place of a message stops the app at start-up instead of showing English.
 */
export const translationCatalogSchema = z.strictObject({
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/),
  status: z.enum(["draft", "reviewed"]),
  messages: z.partialRecord(messageIdSchema, z.string().min(1)),
}) satisfies z.ZodType<TranslationCatalog>;
