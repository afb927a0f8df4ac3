import { ScrollableTable } from "~/components/scrollable-table";
import type { StudyChainReport } from "~/studies/study-chain.server";
import { WithinPersonReport } from "./within-person-report";

const percent = (share: number | null) => (share === null ? "—" : `${(100 * share).toFixed(1)} %`);
const count = (value: number) => Math.round(value).toLocaleString("en");

function PairTable({ report }: { report: StudyChainReport }) {
  const responses = new Map(report.waves.map((wave) => [wave.waveNumber, wave]));
  return (
    <ScrollableTable
      id="chain-pairs"
      caption="Each wave linked to the next, at that pair's suggested threshold"
    >
      <thead>
        <tr>
          <th scope="col">Waves</th>
          <th scope="col">Months apart</th>
          <th scope="col">Complete responses</th>
          <th scope="col">Links made</th>
          <th scope="col">Estimated false-match rate</th>
          <th scope="col">Threshold (bits)</th>
        </tr>
      </thead>
      <tbody>
        {report.pairs.map((pair) => (
          <tr key={pair.earlierWave}>
            <th scope="row">{`${pair.earlierWave} to ${pair.laterWave}`}</th>
            <td>{pair.monthsBetween.toFixed(1)}</td>
            <td>{`${count(responses.get(pair.earlierWave)?.responses ?? 0)} and ${count(responses.get(pair.laterWave)?.responses ?? 0)}`}</td>
            <td>{`${count(pair.linksMade)} (${percent(pair.earlierLinkageRate)} of wave ${pair.earlierWave})`}</td>
            <td>{percent(pair.falseMatchRate)}</td>
            <td>{pair.thresholdUsed.toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function SpanTable({ report }: { report: StudyChainReport }) {
  return (
    <ScrollableTable id="chain-spans" caption="People linked, by the waves they were linked across">
      <thead>
        <tr>
          <th scope="col">Waves</th>
          <th scope="col">People</th>
        </tr>
      </thead>
      <tbody>
        {report.spans.map((span) => (
          <tr key={`${span.from}-${span.to}`}>
            <th scope="row">{`${span.from} to ${span.to}`}</th>
            <td>{count(span.people)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** All waves linked in order (decision 062): counts and distributions only, never a record or a link. */
export function ChainReport({ report }: { report: StudyChainReport }) {
  return (
    <>
      <section aria-labelledby="chain-links">
        <h2 id="chain-links">Links made</h2>
        <p>
          Each wave is linked to the next only. A person is followed for as long as each link holds; someone
          who skipped a wave, or whose link fell below a threshold, counts as two people, one before the gap
          and one after. A chain across several waves is wrong if any of its links is, so its false-match rate
          is up to the sum of its pairs&rsquo; rates.
        </p>
        <PairTable report={report} />
        <SpanTable report={report} />
      </section>
      <WithinPersonReport
        results={report.withinPerson}
        linkedAt="followed across consecutive waves, each pair at its suggested threshold"
      />
    </>
  );
}
