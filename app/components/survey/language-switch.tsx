import type { LanguageSwitchView } from "~/respondent/language-switch.server";

/**
 * The survey's languages as a plain form (decision 043: no script needed): choose, then press the button. The
 * server keeps the choice in the draft, or in the address before there is one, and shows the same page again.
 */
export function LanguageSwitch({ view }: { view: LanguageSwitchView | null }) {
  if (!view) return null;
  return (
    <form method="post" action={view.action} className="language-switch">
      <input type="hidden" name="back" value={view.back} />
      <label htmlFor="language-choice">{view.label}</label>{" "}
      <select id="language-choice" name="language" defaultValue={view.current}>
        {view.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.value}>
            {option.name}
          </option>
        ))}
      </select>{" "}
      <button type="submit" className="secondary">
        {view.submit}
      </button>
    </form>
  );
}

/** The notice after a survey link asked for a language the survey does not offer. */
export function LanguageNotice({ notice }: { notice: string | null }) {
  return notice ? (
    <p className="notice" role="status">
      {notice}
    </p>
  ) : null;
}
