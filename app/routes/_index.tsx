import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listPublishedFindings } from "~/findings/findings.server";
import { listOpenSurveys } from "~/surveys/surveys.server";

export const meta: MetaFunction = () => [
  { title: "Negative Space — measuring the hidden cost of support work" },
];

export async function loader() {
  const [surveys, findings] = await Promise.all([
    listOpenSurveys(),
    listPublishedFindings({ withdrawn: "leave-out" }),
  ]);
  return { surveys, findings };
}

export default function Home() {
  const { surveys, findings } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Support work is invisible. We measure what it costs.</h1>
      <p className="lede">
        When customer support and IT help desks do their job well, nothing happens: no outage, no escalation,
        no angry thread. That success leaves no trace in the numbers, and neither does what the work takes out
        of the people who do it.
      </p>
      <p>
        Negative Space is open research on that hidden cost. Practitioners answer a short anonymous survey, a
        researcher analyses the answers in the open, and everyone can read — and check — the findings. The
        question behind it: does years of support work slowly wear down a person&apos;s capacity to care for
        customers, and does backing from the organisation prevent it?
      </p>

      <h2>Take part</h2>
      {surveys.length > 0 ? (
        <ul className="card-list">
          {surveys.map((survey) => (
            <li key={survey.slug} className="card">
              <h3>{survey.title}</h3>
              <p>About ten minutes, anonymous, works on a phone. You can save and come back later.</p>
              {/* A document load: survey pages run without React (decision 043), not inside this page's app. */}
              <Link className="button" to={`/s/${survey.slug}`} reloadDocument>
                Start the survey: {survey.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>No survey is open right now.</p>
      )}

      <h2>Read the findings</h2>
      {findings.length > 0 ? (
        <ul className="card-list">
          {findings.map((finding) => (
            <li key={finding.slug} className="card">
              <h3>
                <Link to={`/findings/${finding.slug}`}>{finding.title}</Link>
              </h3>
              {finding.isSynthetic ? <p className="tag">synthetic demo data</p> : null}
              <p>{finding.summary}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/findings">All published findings</Link>, each with its methods, data tables and citation.
      </p>

      <h2>For researchers</h2>
      <p>
        The <Link to="/lab">research lab</Link> is where surveys are built, responses checked for quality,
        analyses run and findings published. It needs a researcher account.
      </p>
    </>
  );
}
