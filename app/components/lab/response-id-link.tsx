import { Link, useParams } from "@remix-run/react";

/** The lab address of one response of a survey. */
export const responsePath = (slug: string, responseId: string) =>
  `/lab/surveys/${slug}/responses/${encodeURIComponent(responseId)}`;

/**
 * A response id as a link to its page, for tables under /lab/surveys/$slug (the survey is read from the
 * address, so a table needs no extra prop to link its rows).
 */
export function ResponseIdLink({ id }: { id: string }) {
  const { slug } = useParams();
  const code = <code>{id}</code>;
  return slug ? <Link to={responsePath(slug, id)}>{code}</Link> : code;
}
