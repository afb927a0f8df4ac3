import { RESUME_CODE_TTL_DAYS } from "~/limits";
import { translate } from "~/i18n/translate.server";

type PageFacts = {
  pageTitle: string;
  surveyTitle: string;
  step: number;
  total: number;
  minutes: number | null;
};

/** The interface text of one survey page, in `language` (the questions' own texts come from the definition). */
export function surveyPageText(language: string, facts: PageFacts) {
  const t = (id: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
    translate(language, id, values);
  const { step, total } = facts;
  return {
    tabTitle: t("page.title", { page: facts.pageTitle, step, total, survey: facts.surveyTitle }),
    progress: t("page.progress", { step, total }),
    minutes: facts.minutes === null ? null : t("page.minutes", { minutes: facts.minutes }),
    dataUse: t("page.dataUse"),
    resumeQuestion: t("page.resumeQuestion"),
    resumeLink: t("page.resumeLink"),
    changing: t("page.changing"),
    backToReview: t("page.backToReview"),
    next: t(step === total ? "page.continueToReview" : "page.continue"),
    back: t("page.back"),
    save: {
      summary: t("save.summary"),
      explanation: t("save.explanation", { days: RESUME_CODE_TTL_DAYS }),
      button: t("save.button"),
    },
  };
}
