import { ScrollableTable } from "~/components/scrollable-table";
import type { WithinPersonResults, WithinPersonScaleResult } from "../../../../analysis/within-person";
import { RandomInterceptTable } from "./random-intercept-table";

type Interval = { estimate: number; ci95: [number, number] };

/** One decimal with its sign; a value that rounds to 0.0 gets none ("−0.0" would claim a direction). */
const signed = (value: number) => {
  const shown = Math.abs(value).toFixed(1);
  return `${shown === "0.0" ? "" : value > 0 ? "+" : "−"}${shown}`;
};
const withCi = (value: Interval | null) =>
  value === null ? "—" : `${signed(value.estimate)} (${signed(value.ci95[0])} to ${signed(value.ci95[1])})`;

function ChangeTable({ result, k }: { result: WithinPersonScaleResult; k: number }) {
  const { change, scale } = result;
  const id = `within-${scale.id}`;
  if (change.suppressedBecause) return <p>{`${scale.label}: ${change.suppressedBecause}`}</p>;
  return (
    <ScrollableTable
      id={id}
      caption={`${scale.label}: change from wave ${change.waves[0]} to wave ${change.waves[1]} (points on 0–100), by institutional support at wave ${change.waves[0]}`}
    >
      <thead>
        <tr>
          <th scope="col">Support</th>
          <th scope="col">People</th>
          <th scope="col">Adjusted change (95 % CI)</th>
          <th scope="col">Raw change (95 % CI)</th>
        </tr>
      </thead>
      <tbody>
        {change.byLevel.map((level) => (
          <tr key={level.level}>
            <th scope="row">{level.level}</th>
            {level.suppressed ? (
              <td
                colSpan={3}
              >{`not shown: ${level.hidden === "primary" ? `fewer than ${k} people` : "hidden so that the small group cannot be worked out"}`}</td>
            ) : (
              <>
                <td>{level.n}</td>
                <td>{withCi(level.adjusted)}</td>
                <td>{withCi(level.raw)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function Comparison({ result }: { result: WithinPersonScaleResult }) {
  const { comparison } = result;
  if (comparison.suppressedBecause) return null;
  return (
    <>
      <p>
        {`Per year: ${withCi(comparison.within)} within the same people; ${withCi(comparison.curvePredicted)} predicted for the same people over the same time by the cross-sectional curve over years in support (at their first wave); difference ${withCi(comparison.withinMinusCurvePredicted)}. ${comparison.sentence}`}
      </p>
      <p>
        {`For reference, the straight cross-sectional slope: ${withCi(comparison.straightSlope)} per year of tenure. It averages over all tenures, so it is not compared with the change within people when the trajectory is curved (decision 058).`}
      </p>
    </>
  );
}

const FEWER_THAN_THREE_WAVES = "fewer than three waves";

/** Why a scale's random-intercept model is missing, unless it is only that the data hold two waves (said once). */
function ModelNotFitted({ result }: { result: WithinPersonScaleResult }) {
  const because = result.model.notFittedBecause;
  if (because === null || because === FEWER_THAN_THREE_WAVES) return null;
  return <p>{`${result.scale.label}: no random-intercept model (${because}).`}</p>;
}

/**
 * Change within the linked people (decision 058): by support level, beside what the cross-sectional curve
 * predicts, and, with three waves or more, the random-intercept model. `linkedAt` says how the people were linked.
 */
export function WithinPersonReport({
  results,
  linkedAt = "at this threshold",
}: {
  results: WithinPersonResults | null;
  linkedAt?: string;
}) {
  const k = results?.settings.minCellSize ?? 0;
  const twoWavesOnly = results?.scales.every(
    (result) => result.model.notFittedBecause === FEWER_THAN_THREE_WAVES,
  );
  return (
    <section aria-labelledby="within-person">
      <h2 id="within-person">Change within the same people</h2>
      {results === null || results.people === null ? (
        <p>Too few linked people to show change within them{results ? ` (fewer than ${k})` : ""}.</p>
      ) : (
        <>
          <p>
            {`${results.people} linked people ${linkedAt}. The adjusted change is the later score at the same earlier score; it can exaggerate differences between support levels (regression to the mean, decision 058), so read it beside the raw change.`}
          </p>
          {results.scales.map((result) => (
            <div key={result.scale.id}>
              <ChangeTable result={result} k={k} />
              <Comparison result={result} />
              <RandomInterceptTable model={result.model} />
              <ModelNotFitted result={result} />
            </div>
          ))}
          {twoWavesOnly ? (
            <p>
              The random-intercept model needs three waves or more: link all waves of the study in order from
              the study page.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
