import type { MetaFunction } from "@remix-run/node";
import { Link, useRouteLoaderData } from "@remix-run/react";
import type { loader as labLoader } from "./lab";

export const meta: MetaFunction = () => [{ title: "Research lab — Negative Space" }];

// No loader of its own: who is signed in comes from the lab layout, which requires the session.
export default function LabOverview() {
  const lab = useRouteLoaderData<typeof labLoader>("routes/lab");
  return (
    <>
      <h1>Research lab</h1>
      <p>
        You are signed in as <strong>{lab?.researcherEmail}</strong>. Sign out with the button at the top of
        every lab page when you are done, especially on a shared computer. If you are still signed in
        somewhere else — another browser, a lost laptop — <strong>Sign out everywhere</strong> ends all your
        sessions at once. Sessions also end after an hour without use, and 12 hours after signing in.
      </p>
      <ul className="card-list">
        <li className="card">
          <h2>
            <Link to="/lab/surveys">Surveys</Link>
          </h2>
          <p>
            Import instrument definitions, preview them, open and close surveys, check responses and export
            data.
          </p>
        </li>
        <li className="card">
          <h2>
            <Link to="/lab/findings">Findings</Link>
          </h2>
          <p>Every published finding with its versions; withdraw one, or mark it superseded by another.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/lab/audit">Audit trail</Link>
          </h2>
          <p>Every sign-in and every change researchers make in the lab, newest first.</p>
        </li>
      </ul>
    </>
  );
}
