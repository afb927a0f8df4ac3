import { createContext, useContext } from "react";
import type { SurveyText } from "~/i18n/survey-text";

/** The interface text of the page's questions (app/i18n/survey-text.ts), provided by the route that renders them. */
export const SurveyTextContext = createContext<SurveyText | null>(null);

export function useSurveyText(): SurveyText {
  const text = useContext(SurveyTextContext);
  if (!text) throw new Error("A survey question was rendered without SurveyTextContext");
  return text;
}
