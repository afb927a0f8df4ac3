import { ScrollableTable } from "~/components/scrollable-table";
import type { LanguageCompleteness } from "~/lab/language-completeness";
import type { WordingStatus } from "../../../instrument/translation-status";

const count = ({ translated, total }: { translated: number; total: number }) =>
  `${translated.toLocaleString("en")} of ${total.toLocaleString("en")}`;

function wordingText(wording: WordingStatus): string {
  if (wording.status === "source") return "original wording";
  return wording.status === "validated" ? `validated translation (${wording.citation})` : "draft translation";
}

function InterfaceCell({ texts }: { texts: LanguageCompleteness["interfaceTexts"] }) {
  if (!texts) return <td>no translation</td>;
  const status = texts.status === "source" ? "" : ` (${texts.status})`;
  return <td>{`${count(texts)}${status}`}</td>;
}

function ScalesCell({ scales }: { scales: LanguageCompleteness["scales"] }) {
  if (scales.length === 0) return <td>—</td>;
  return (
    <td>
      <ul>
        {scales.map((scale) => (
          <li key={scale.id}>
            {scale.label}: {wordingText(scale.wording)}
          </li>
        ))}
      </ul>
    </td>
  );
}

/**
 * "Languages": per language, how much of the live version's texts and of the interface is translated, each
 * scale's wording status, and whether respondents are offered it (only when both are complete and it is listed).
 */
export function LanguagesSection({ languages }: { languages: LanguageCompleteness[] }) {
  return (
    <section aria-labelledby="languages-heading">
      <h2 id="languages-heading">Languages</h2>
      <p>
        Respondents are offered a language only when the definition lists it, every survey text has its
        wording, and the interface is completely translated. Translate with <code>npm run i18n:export</code>{" "}
        and <code>npm run i18n:import</code> (docs/translation.md).
      </p>
      <ScrollableTable id="languages-caption" caption={<>Languages of the live version</>}>
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col">Survey texts</th>
            <th scope="col">Interface texts</th>
            <th scope="col">Wording of each scale</th>
            <th scope="col">Respondents</th>
          </tr>
        </thead>
        <tbody>
          {languages.map((entry) => (
            <tr key={entry.language}>
              <th scope="row">
                {entry.name} ({entry.language})
              </th>
              <td>{count(entry.definitionTexts)}</td>
              <InterfaceCell texts={entry.interfaceTexts} />
              <ScalesCell scales={entry.scales} />
              <td>{entry.offered ? "Offered" : entry.reason}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}
