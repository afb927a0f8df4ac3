import type { Codebook, CodebookOption, CodebookVariable } from "../../../instrument/codebook";
import { visibleText } from "../../../instrument/encode/plain-text";

// React escapes markup; definition text also goes through visibleText, so bidirectional and other
// invisible control characters show as "[U+202E]" instead of reordering what a reader sees.
const shown = visibleText;

function optionText(option: CodebookOption): string {
  const score = option.score !== null ? ` (score ${option.score})` : "";
  const missing = option.missingForScoring ? " (missing for scoring)" : "";
  return `${option.code} = ${shown(option.label)}${score}${missing}`;
}

function answerFormat(variable: CodebookVariable): string {
  if (variable.options) return variable.options.map(optionText).join("; ");
  if (variable.numeric) {
    const unit = variable.numeric.unit ? ` ${shown(variable.numeric.unit)}` : "";
    return `Number from ${variable.numeric.min} to ${variable.numeric.max}${unit}, steps of ${variable.numeric.step}`;
  }
  if (variable.freeText)
    return `Free text, up to ${variable.freeText.maxLength} characters (scrubbed of contact details)`;
  return "";
}

function usage(variable: CodebookVariable): string[] {
  return [
    ...variable.scales.map((scale) => `Scale ${scale.id}${scale.reverse ? " (reverse-scored)" : ""}`),
    ...(variable.condition ? [`Asked when ${shown(variable.condition)}`] : []),
    ...(variable.attentionCheck ? [`Attention check: expected ${variable.attentionCheck.expected}`] : []),
    ...(variable.quasiIdentifier ? [`Quasi-identifier (${variable.quasiIdentifier.kind})`] : []),
    ...(variable.required ? ["Required"] : []),
  ];
}

type ShownCodebook = Omit<Codebook, "labels">;

/** The validated scales the instrument uses, with their citations and terms of use (none: nothing shown). */
function ReferenceList({ references }: { references: ShownCodebook["references"] }) {
  if (references.length === 0) return null;
  return (
    <section aria-labelledby="references-heading">
      <h2 id="references-heading">Validated scales used</h2>
      <ul>
        {references.map((reference) => (
          <li key={reference.id}>
            {shown(reference.citation)}
            {reference.terms ? ` — ${shown(reference.terms)}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every scale and derived score, with how it is computed. */
function ScaleList({ codebook }: { codebook: ShownCodebook }) {
  return (
    <section aria-labelledby="scales-heading">
      <h2 id="scales-heading">Scales</h2>
      <ul>
        {codebook.scales.map((scale) => (
          <li key={scale.id}>
            <strong>{shown(scale.label)}</strong> (<code>{scale.id}</code>): {scale.method}
          </li>
        ))}
        {codebook.derived.map((derived) => (
          <li key={derived.id}>
            <strong>{shown(derived.label)}</strong> (<code>{derived.id}</code>): {derived.formula}
          </li>
        ))}
      </ul>
    </section>
  );
}

function VariableRow({ variable }: { variable: CodebookVariable }) {
  return (
    <tr>
      <th scope="row">
        <code>{variable.id}</code>
      </th>
      <td>
        {shown(variable.stem ? `${variable.stem} ${variable.text}` : variable.text)}
        {variable.wordings.map((wording) => (
          <small key={wording.when} className="codebook-wording">
            If {shown(wording.when)}: “{shown(wording.question)}”
          </small>
        ))}
      </td>
      <td>{answerFormat(variable)}</td>
      <td>{usage(variable).join("; ")}</td>
    </tr>
  );
}

/** One page of the instrument: its title, when it is shown, and a row per variable it asks for. */
function CodebookPage({
  page,
  variables,
}: {
  page: ShownCodebook["pages"][number];
  variables: ReadonlyMap<string, CodebookVariable>;
}) {
  return (
    <section aria-labelledby={`page-${page.id}`}>
      <h2 id={`page-${page.id}`}>
        Page {page.number}: {shown(page.title)}
      </h2>
      {page.condition ? <p>Shown when {shown(page.condition)}.</p> : null}
      {page.intro ? <p>{shown(page.intro)}</p> : null}
      {page.wordings.map((wording) => (
        <p key={wording.when}>
          If {shown(wording.when)}:{" "}
          {[
            wording.title ? `the page is titled “${shown(wording.title)}”` : null,
            wording.intro ? `its introduction reads “${shown(wording.intro)}”` : null,
          ]
            .filter(Boolean)
            .join("; ")}
          .
        </p>
      ))}
      <div className="table-scroll" role="region" aria-labelledby={`page-${page.id}`} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Variable</th>
              <th scope="col">Question</th>
              <th scope="col">Answers and codes</th>
              <th scope="col">Use</th>
            </tr>
          </thead>
          <tbody>
            {page.variables.flatMap((id) => {
              const variable = variables.get(id);
              return variable ? [<VariableRow key={id} variable={variable} />] : [];
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The codebook as a reader checks it: every question's exact wording, codes, scale membership and conditions. */
export function CodebookView({ codebook }: { codebook: ShownCodebook }) {
  const variables = new Map(codebook.variables.map((variable) => [variable.id, variable]));
  return (
    <>
      <p className="lede">{shown(codebook.instrument.description)}</p>
      <ReferenceList references={codebook.references} />
      <ScaleList codebook={codebook} />
      {codebook.pages.map((page) => (
        <CodebookPage key={page.id} page={page} variables={variables} />
      ))}
    </>
  );
}
