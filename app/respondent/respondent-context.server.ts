import { randomBytes } from "node:crypto";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { createPresentation, type Presentation } from "../../instrument/presentation-order";
import {
  type InstrumentVersionRecord,
  instrumentVersionById,
  latestInstrumentVersion,
} from "~/surveys/instrument-versions.server";
import { findSurveyBySlug, type SurveyRecord } from "~/surveys/surveys.server";
import { type Draft, findDraft } from "./drafts.server";
import { readResumeCode } from "./resume-cookie.server";
import { chooseLanguage } from "./respondent-language.server";

export type RespondentContext = {
  survey: SurveyRecord;
  version: InstrumentVersionRecord | null;
  draft: Draft | null;
  code: string | null;
  language: string;
  /** The languages the survey offers (the switch shows when there is more than one). */
  languages: string[];
  /** What an unoffered ?lang= asked for, or null. */
  languageNotOffered: string | null;
  /** The language Accept-Language alone would give (pathInLanguage in respondent-language.server.ts). */
  browserLanguage: string;
};

/** The survey a respondent is answering: its version (the one their draft started on), their draft and language. */
export async function loadRespondentContext(request: Request, slug: string): Promise<RespondentContext> {
  const survey = await findSurveyBySlug(slug);
  if (!survey) throw new Response("Not found", { status: 404 });
  const cookieCode = await readResumeCode(request, slug);
  const draft = cookieCode ? await findDraft(cookieCode, survey.id) : null;
  const version = draft
    ? await instrumentVersionById(draft.instrumentVersionId)
    : await latestInstrumentVersion(survey.id);
  const choice = chooseLanguage(request, version?.definition, draft?.language ?? null);
  return {
    survey,
    version,
    draft,
    code: draft ? cookieCode : null,
    language: choice.language,
    languages: choice.offered,
    languageNotOffered: choice.notOffered,
    browserLanguage: choice.browserLanguage,
  };
}

/** An open survey with questions, or a 404/410-style response explaining why not. */
export function requireAnswerable(context: RespondentContext): {
  definition: InstrumentDefinition;
  version: InstrumentVersionRecord;
} {
  if (context.survey.status !== "open")
    throw new Response(`This survey is ${context.survey.status === "closed" ? "closed" : "not open yet"}.`, {
      status: 403,
    });
  if (!context.version) throw new Response("This survey has no questions yet.", { status: 404 });
  return { definition: context.version.definition, version: context.version };
}

function cryptoRandom(): number {
  return randomBytes(4).readUInt32BE(0) / 2 ** 32;
}

/**
 * A new respondent's presentation order. The first page was shown before any draft
 * existed, so it is recorded in definition order (an absent entry means definition order).
 */
export function newPresentation(definition: InstrumentDefinition): Presentation {
  const presentation = createPresentation(definition, cryptoRandom);
  const firstPage = definition.pages[0];
  if (firstPage) {
    delete presentation.items[firstPage.id];
    for (const item of firstPage.items) {
      delete presentation.options[item.id];
      delete presentation.rows[item.id];
    }
  }
  return presentation;
}
