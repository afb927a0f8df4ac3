import { ScrollableTable } from "~/components/scrollable-table";
import type { DayCount, VersionFunnel } from "~/lab/response-stats.server";
import type { SubmissionRateReport } from "~/security/submission-rate.server";

/** The submission rate of the last minutes against the hour before; an alert, with its reasons, when it trips. */
export function SubmissionRateNotice({ rate }: { rate: SubmissionRateReport }) {
  return (
    <section
      aria-labelledby="rate-heading"
      className={rate.alarm ? "notice notice--alarm" : "notice"}
      role={rate.alarm ? "alert" : undefined}
    >
      <h2 id="rate-heading">Submission rate</h2>
      <p>
        {rate.recentPerMinute.toFixed(1)} completions per minute over the last{" "}
        {Math.round(rate.recentMinutes)} minutes (baseline {rate.baselinePerMinute.toFixed(1)} over the 50
        minutes before); {rate.recentFlagged} flagged and {rate.recentRefused} refused as automated in those
        minutes. Counted per five minutes for the last hour, by every server; nothing about who submitted, or
        when within five minutes, is kept.
      </p>
      {rate.alarm ? (
        <ul>
          {rate.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {rate.alarm ? (
        <p>Check the data-quality tab: flagged responses can be excluded there (index “automated”).</p>
      ) : null}
    </section>
  );
}

/** Each page of the current series of versions: how many it was shown to, and how many are stopped there now. */
export function DropOffByPage({ funnel }: { funnel: VersionFunnel | null }) {
  if (!funnel) return null;
  return (
    <section aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">Completion and drop-off by page ({funnel.versions})</h2>
      <p className="notice">{funnel.pooling}</p>
      <p>
        Each page counts the people it was shown to: a page that only some answers open counts only them.
        In-progress answers are deleted 30 days after their last save, so drop-off covers recent respondents
        only.
        {funnel.otherVersions > 0
          ? ` ${funnel.otherVersions.toLocaleString("en")} responses to versions of an earlier series are not counted here.`
          : ""}
      </p>
      <ScrollableTable
        id="funnel-caption"
        caption={
          <>
            Respondents shown each page, {funnel.versions} ({funnel.completed.toLocaleString("en")} completed)
          </>
        }
      >
        <thead>
          <tr>
            <th scope="col">Page</th>
            <th scope="col">Shown to</th>
            <th scope="col">Currently stopped here</th>
          </tr>
        </thead>
        <tbody>
          {funnel.steps.map((step) => (
            <tr key={step.pageId}>
              <th scope="row">{step.title}</th>
              <td>{step.shown.toLocaleString("en")}</td>
              <td>{step.stoppedHere.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </section>
  );
}

/** Completed responses per calendar day: the chart (rendered on the server) and the same numbers as a table. */
export function ResponsesByDay({ byDay, chart }: { byDay: DayCount[]; chart: string | null }) {
  return (
    <section aria-labelledby="days-heading">
      <h2 id="days-heading">Completed responses by day</h2>
      {chart ? <div className="chart-canvas" dangerouslySetInnerHTML={{ __html: chart }} /> : null}
      {byDay.length === 0 ? (
        <p>No responses yet.</p>
      ) : (
        <ScrollableTable id="days-caption" caption={<>Completed responses per calendar day (UTC)</>}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Completed</th>
              <th scope="col">Synthetic</th>
            </tr>
          </thead>
          <tbody>
            {byDay.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.day}</th>
                <td>{day.complete.toLocaleString("en")}</td>
                <td>{day.synthetic.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}
