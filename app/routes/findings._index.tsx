import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listPublishedFindings } from "~/findings/findings.server";

export const meta: MetaFunction = () => [{ title: "Findings — Negative Space" }];

export async function loader() {
  return { findings: await listPublishedFindings() };
}

export default function FindingsIndex() {
  const { findings } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Published findings</h1>
      <p>Every finding is a fixed, versioned snapshot with its methods, data tables and a citation.</p>
      {findings.length === 0 ? (
        <p>No findings have been published yet.</p>
      ) : (
        <ul className="card-list">
          {findings.map((finding) => (
            <li key={finding.slug} className="card">
              <h2>
                <Link to={`/findings/${finding.slug}`}>{finding.title}</Link>
              </h2>
              {finding.withdrawnOn ? (
                <p>
                  <span className="tag">withdrawn</span> Withdrawn on {finding.withdrawnOn}; the page keeps
                  its citation and says why.
                </p>
              ) : (
                <>
                  {finding.isSynthetic ? <p className="tag">synthetic demo data</p> : null}
                  <p>{finding.summary}</p>
                </>
              )}
              {finding.supersededBy ? (
                <p>
                  <span className="tag">superseded</span> Replaced by{" "}
                  <Link to={`/findings/${finding.supersededBy}`}>a newer finding</Link>.
                </p>
              ) : null}
              <p>Version {finding.latestVersion}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
