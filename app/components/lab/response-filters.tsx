import { Form, Link } from "@remix-run/react";
import type { ResponseListQuery } from "~/lab/response-browser-forms";
import { QUALITY_RULES } from "~/surveys/quality-rules";

/** The list's filters: a GET form, so the address holds them and it works without JavaScript. */
export function ResponseFilters({ query, versions }: { query: ResponseListQuery; versions: number[] }) {
  return (
    <Form method="get" className="response-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filter</h2>
      <fieldset>
        <legend>Flagged by any of</legend>
        {QUALITY_RULES.map((rule) => (
          <label key={rule.id} className="filter-option">
            <input
              type="checkbox"
              name="flag"
              value={rule.id}
              defaultChecked={query.flag.includes(rule.id)}
            />{" "}
            {rule.label}
          </label>
        ))}
      </fieldset>
      <div className="filter-row">
        <label className="field">
          In the analysis
          <select name="exclusion" defaultValue={query.exclusion}>
            <option value="all">Included and excluded</option>
            <option value="included">Included only</option>
            <option value="excluded">Excluded only</option>
          </select>
        </label>
        <label className="field">
          Version
          <select name="version" defaultValue={query.version ?? ""}>
            <option value="">Every version</option>
            {versions.map((version) => (
              <option key={version} value={version}>
                Version {version}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Day submitted
          <input type="date" name="day" defaultValue={query.day ?? ""} />
        </label>
      </div>
      <p className="filter-buttons">
        <button type="submit">Show responses</button> <Link to=".">Clear the filters</Link>
      </p>
    </Form>
  );
}
