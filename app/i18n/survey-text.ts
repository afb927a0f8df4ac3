/**
 * The interface text of a survey page's questions, already in the page's language: the server formats it from
 * the catalogs (survey-text.server.ts), so components and the browser need no message formatter.
 */
export type SurveyText = {
  optional: string;
  errorPrefix: string;
  errorTitle: string;
  honeypot: string;
  invitationLabel: string;
  invitationHint: string;
  /** Per question name: the note under a number or free-text question (its range, its length limit). */
  fieldNotes: Record<string, string>;
  /** The identification-code page's words, when the page has one (decision 059). */
  code?: IdentificationCodeText;
};

export type IdentificationCodeText = {
  explanation: string[];
  dontKnow: string;
  chooseMonth: string;
  chooseNumber: string;
  letterHint: string;
  notShown: string;
};

/** The browser-level chrome of a page in its language: <html lang dir>, the skip link, header and footer. */
export type PageChrome = {
  language: string;
  dir: "ltr" | "rtl";
  skipLink: string;
  navLabel: string;
  findings: string;
  lab: string;
  footer: string;
};

/** The chrome a route's loader data carries, the deepest route's first (the root layout reads it). */
export function pageChromeOf(routeData: readonly unknown[]): PageChrome | null {
  for (const data of [...routeData].reverse()) {
    if (typeof data === "object" && data !== null && "chrome" in data) return data.chrome as PageChrome;
  }
  return null;
}
