import { ScrollableTable } from "~/components/scrollable-table";
import type { WaveLinkageReport } from "~/studies/study-linkage.server";
import { WithinPersonReport } from "./within-person-report";

const percent = (share: number | null) => (share === null ? "—" : `${(100 * share).toFixed(1)} %`);
const bits = (value: number) => value.toFixed(1);
const count = (value: number) => Math.round(value).toLocaleString("en");
const maybe = (value: number | null, digits = 1) => (value === null ? "—" : value.toFixed(digits));

function LinkSummary({ report }: { report: WaveLinkageReport }) {
  const { earlier, later, result } = report;
  const rejected = Object.entries(result.rejected).filter(([, n]) => n > 0);
  return (
    <section aria-labelledby="linkage-summary">
      <h2 id="linkage-summary">Links made</h2>
      <p>
        Wave {earlier.waveNumber}: {count(earlier.responses)} complete responses ({count(earlier.withoutCode)}{" "}
        without a code). Wave {later.waveNumber}: {count(later.responses)} ({count(later.withoutCode)} without
        a code). Planned {report.monthsBetween.toFixed(1)} months apart; codes compared on{" "}
        {report.elementIds.length} elements.
      </p>
      <dl className="key-figures">
        <dt>Links at this threshold</dt>
        <dd>
          {count(report.linksMade)}: {percent(result.earlierLinkageRate)} of wave {earlier.waveNumber}
        </dd>
        <dt>Threshold used</dt>
        <dd>
          {bits(result.threshold.used)} bits (suggested {bits(result.threshold.suggested)}; the posterior
          match probability is ½ at {bits(result.threshold.posteriorHalf)})
        </dd>
        <dt>Estimated false-match rate</dt>
        <dd>
          {percent(result.falseMatchRate.estimate)}. {result.falseMatchRate.definition}
        </dd>
        <dt>Estimated true pairs, and those not linked</dt>
        <dd>
          {count(result.estimatedTruePairs)}; {count(result.estimatedMissedPairs)} not linked
        </dd>
        <dt>Refused by the checks of region and years in support</dt>
        <dd>
          {rejected.length === 0 ? "none" : rejected.map(([reason, n]) => `${n} (${reason})`).join(", ")}
        </dd>
      </dl>
    </section>
  );
}

function WeightTable({ report }: { report: WaveLinkageReport }) {
  return (
    <ScrollableTable
      id="linkage-weights"
      caption="Weights of the one-to-one candidate pairs, in bits (higher: the codes agree more than chance)"
    >
      <thead>
        <tr>
          <th scope="col">Weight</th>
          <th scope="col">Candidate pairs</th>
          <th scope="col">Linked at the threshold</th>
        </tr>
      </thead>
      <tbody>
        {report.result.histogram.map((bin) => (
          <tr key={bin.from}>
            <th scope="row">
              {bits(bin.from)} to {bits(bin.to)}
            </th>
            <td>{count(bin.assigned)}</td>
            <td>{count(bin.accepted)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function ElementTable({ report }: { report: WaveLinkageReport }) {
  const { parameters } = report.result;
  return (
    <ScrollableTable
      id="linkage-elements"
      caption="What each element is worth (estimated by EM from all pairs)"
    >
      <thead>
        <tr>
          <th scope="col">Element</th>
          <th scope="col">m: agrees in a true pair</th>
          <th scope="col">u: agrees by chance</th>
          <th scope="col">Weight if equal / different (bits)</th>
        </tr>
      </thead>
      <tbody>
        {parameters.elements.map((element) => (
          <tr key={element.index}>
            <th scope="row">{report.elementIds[element.index]}</th>
            <td>{element.m.toFixed(3)}</td>
            <td>{element.u.toFixed(3)}</td>
            <td>
              {element.degenerate
                ? "no evidence (m ≤ u)"
                : `${bits(element.agreementWeight)} / ${bits(element.disagreementWeight)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function SubgroupTables({ report }: { report: WaveLinkageReport }) {
  return Object.entries(report.result.bySubgroup).map(([group, rates]) => (
    <ScrollableTable
      key={group}
      id={`linkage-group-${group.replace(/\W+/g, "-")}`}
      caption={`Linked, by ${group}`}
    >
      <thead>
        <tr>
          <th scope="col">{group}</th>
          <th scope="col">Responses</th>
          <th scope="col">Linked</th>
        </tr>
      </thead>
      <tbody>
        {rates.map((rate) => (
          <tr key={rate.value}>
            <th scope="row">{rate.value}</th>
            <td>{rate.suppressed ? "fewer than 5 linked or unlinked" : count(rate.n)}</td>
            <td>{rate.suppressed ? "—" : `${count(rate.linked)} (${percent(rate.rate)})`}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  ));
}

function BaselineTable({ report }: { report: WaveLinkageReport }) {
  return (
    <ScrollableTable
      id="linkage-baseline"
      caption={`Linked and unlinked responses of wave ${report.earlier.waveNumber} compared (linkage bias)`}
    >
      <thead>
        <tr>
          <th scope="col">Score</th>
          <th scope="col">Linked: n, mean (SD)</th>
          <th scope="col">Not linked: n, mean (SD)</th>
          <th scope="col">Standardised difference</th>
        </tr>
      </thead>
      <tbody>
        {report.result.baseline.map((row) => (
          <tr key={row.variable}>
            <th scope="row">{row.label}</th>
            <td>{`${row.matched.n}, ${maybe(row.matched.mean)} (${maybe(row.matched.sd)})`}</td>
            <td>{`${row.unmatched.n}, ${maybe(row.unmatched.mean)} (${maybe(row.unmatched.sd)})`}</td>
            <td>{maybe(row.standardisedMeanDifference, 2)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** The linkage report: counts and distributions only, never a record or a link (decision 057). */
export function LinkageReport({ report }: { report: WaveLinkageReport }) {
  return (
    <>
      <LinkSummary report={report} />
      <section aria-labelledby="linkage-distribution">
        <h2 id="linkage-distribution">Weight distribution</h2>
        <p>
          True pairs gather at high weights and chance pairs at low ones; a threshold in the valley between
          them keeps false links few. Links below the threshold are not made.
        </p>
        <WeightTable report={report} />
        <ElementTable report={report} />
        {report.result.parameters.warnings.map((warning) => (
          <p key={warning} className="notice">
            {warning}
          </p>
        ))}
      </section>
      <section aria-labelledby="linkage-bias">
        <h2 id="linkage-bias">Who is linked</h2>
        <SubgroupTables report={report} />
        <BaselineTable report={report} />
      </section>
      <WithinPersonReport results={report.withinPerson} />
    </>
  );
}
