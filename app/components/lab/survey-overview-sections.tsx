import { Form, Link } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { DefinitionFields } from "~/components/definition-fields";
import { ScrollableTable } from "~/components/scrollable-table";

/** The survey overview's "Status": what respondents see now, and the button that changes it. */
export function StatusSection({ status, canChange = true }: { status: string; canChange?: boolean }) {
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">Status</h2>
      <p>
        {status === "open"
          ? "Open: respondents can answer."
          : status === "closed"
            ? "Closed: the survey link says it has closed."
            : "Draft: the survey link says it is not open yet."}
      </p>
      {canChange ? (
        <Form method="post">
          <CsrfInput />
          {status === "open" ? (
            <button type="submit" name="intent" value="close" className="secondary">
              Close the survey
            </button>
          ) : (
            <button type="submit" name="intent" value="open">
              Open the survey
            </button>
          )}
        </Form>
      ) : null}
    </section>
  );
}

/** "Share": the survey link, its QR code and the preview. */
export function ShareSection({ slug, shareUrl }: { slug: string; shareUrl: string }) {
  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">Share</h2>
      <p>
        Survey link: <a href={shareUrl}>{shareUrl}</a>
      </p>
      <img
        src={`/lab/surveys/${slug}/qr.svg`}
        alt={`QR code for ${shareUrl}`}
        width={180}
        height={180}
        className="qr-code"
      />
      <p>
        <a href={`/lab/surveys/${slug}/qr.svg`} download={`${slug}-qr.svg`}>
          Download the QR code (SVG)
        </a>{" "}
        · <Link to={`/lab/surveys/${slug}/preview`}>Preview the survey as respondents see it</Link>
      </p>
    </section>
  );
}

type Version = { version: number; contentHash: string; createdAt: Date | string; responses: number };

/** "Instrument versions": every version with its responses, and the form that adds one. */
export function VersionsSection({ versions, pasted }: { versions: Version[]; pasted: string | undefined }) {
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Instrument versions</h2>
      <p>
        A version that has responses never changes. A new definition becomes a new version only after you have
        compared it with the live version, previewed it and confirmed it.
      </p>
      <ScrollableTable id="versions-caption" caption={<>Versions, newest first</>}>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Content hash</th>
            <th scope="col">Added (UTC)</th>
            <th scope="col">Responses</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.version}>
              <th scope="row">{version.version}</th>
              <td>
                <code>{version.contentHash.slice(0, 12)}</code>
              </td>
              <td>{new Date(version.createdAt).toISOString().slice(0, 10)}</td>
              <td>{version.responses.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      <h3>Add a new version</h3>
      <Form method="post" encType="multipart/form-data" className="form-stack">
        <CsrfInput />
        <DefinitionFields pasted={pasted} />
        <button type="submit" name="intent" value="new-version">
          Check and compare with the live version
        </button>
      </Form>
    </section>
  );
}
