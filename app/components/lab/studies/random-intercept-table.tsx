import { ScrollableTable } from "~/components/scrollable-table";
import type { RandomInterceptModel } from "../../../../analysis/within-person";

type Interval = { estimate: number; ci95: [number, number] };

/** `digits` decimals with a sign; a value that rounds to zero gets none ("−0.0" would claim a direction). */
const signed = (value: number, digits: number) => {
  const shown = Math.abs(value).toFixed(digits);
  return `${Number(shown) === 0 ? "" : value > 0 ? "+" : "−"}${shown}`;
};
const withCi = ({ estimate, ci95 }: Interval, digits: number) =>
  `${signed(estimate, digits)} (${signed(ci95[0], digits)} to ${signed(ci95[1], digits)})`;

/** The model's fixed effects in nlme's order, each with what it means on the page and the decimals it needs. */
const TERMS = [
  { name: "(Intercept)", label: "Score at a person's first wave, at support 0", digits: 1 },
  { name: "years", label: "Change per year, at support 0", digits: 2 },
  { name: "support", label: "Difference in score per point of support at the first wave", digits: 3 },
  { name: "years:support", label: "Change per year, per point of support (interaction)", digits: 4 },
] as const;

/**
 * The random-intercept growth model of one scale (decision 058): its fixed effects with 95 % CIs, the change per
 * year at the mean support, and the spread between and within people. Nothing when it was not fitted.
 */
export function RandomInterceptTable({ model }: { model: RandomInterceptModel }) {
  const { fit, scale, slopeAtMeanSupport, meanSupport } = model;
  if (!fit || !slopeAtMeanSupport || meanSupport === null) return null;
  const id = `random-intercept-${scale.id}`;
  return (
    <ScrollableTable
      id={id}
      caption={`${scale.label}: random-intercept model over all waves (REML; ${fit.nObservations} scores of ${fit.nGroups} people). Score = β0 + β1·years since the person's first wave + β2·support + β3·years × support + a person's own level + noise`}
    >
      <thead>
        <tr>
          <th scope="col">Term</th>
          <th scope="col">Estimate (95 % CI)</th>
          <th scope="col">Degrees of freedom</th>
        </tr>
      </thead>
      <tbody>
        {TERMS.map((term) => {
          const coefficient = fit.coefficients[term.name];
          return coefficient ? (
            <tr key={term.name}>
              <th scope="row">{term.label}</th>
              <td>{withCi(coefficient, term.digits)}</td>
              <td>{coefficient.df}</td>
            </tr>
          ) : null;
        })}
        <tr>
          <th scope="row">{`Change per year at the mean support (${meanSupport.toFixed(1)})`}</th>
          <td>{withCi(slopeAtMeanSupport, 2)}</td>
          <td>{slopeAtMeanSupport.df}</td>
        </tr>
        <tr>
          <th scope="row">Standard deviation between people / within a person</th>
          <td colSpan={2}>{`${fit.sdPerson.toFixed(1)} / ${fit.sdResidual.toFixed(1)}`}</td>
        </tr>
      </tbody>
    </ScrollableTable>
  );
}
