import type { ResponseEntry, ResponseSection } from "~/lab/response-view";

const MISSING: Record<Exclude<ResponseEntry["status"], "answered">, string> = {
  skipped: "Skipped (shown, not answered)",
  "not-shown": "Not shown (branching)",
};

function Entry({ entry, hidden }: { entry: ResponseEntry; hidden: boolean }) {
  return (
    <>
      <dt>
        {entry.question} <code>{entry.id}</code>
      </dt>
      {entry.answer !== null ? (
        <dd className="free-text-answer" data-status={entry.status}>
          {entry.answer}
          {entry.status === "not-shown" ? ` — ${MISSING["not-shown"]}` : ""}
          {hidden ? <span className="tag">hidden from exports</span> : null}
        </dd>
      ) : (
        <dd className="answer-missing" data-status={entry.status}>
          {MISSING[entry.status === "answered" ? "skipped" : entry.status]}
        </dd>
      )}
    </>
  );
}

/** The response's answers page by page, in the instrument's order, with what happened to each question. */
export function ResponseAnswers({
  sections,
  hiddenItems,
}: {
  sections: ResponseSection[];
  hiddenItems: string[];
}) {
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers, page by page</h2>
      <p>
        Questions in the instrument&rsquo;s order (respondents may have seen items in another order). Free
        text is shown as stored, after e-mail addresses, phone numbers and links were removed.
      </p>
      {sections.map((section) => (
        <section key={section.pageId} className="response-page" aria-labelledby={`page-${section.pageId}`}>
          <h3 id={`page-${section.pageId}`}>
            {section.title} <code>{section.pageId}</code>
          </h3>
          {section.shown ? null : <p>Branching did not show this page to this respondent.</p>}
          <dl className="response-answers">
            {section.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} hidden={hiddenItems.includes(entry.id)} />
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
