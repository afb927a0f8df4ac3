import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FindingPage } from "~/components/findings/finding-page";
import { FindingErrorBoundary } from "~/components/findings/finding-tombstone";
import { loadFindingPage } from "~/findings/finding-page.server";
import { findingMeta } from "~/findings/finding-meta";
import findingStylesUrl from "~/styles/findings.css?url";

/** The latest version of a finding; its permalink is /findings/<slug>/v/<n>. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadFindingPage(request, { slug: params.slug });
}

export const meta = findingMeta;
export const links = () => [{ rel: "stylesheet", href: findingStylesUrl }];

export default function LatestFinding() {
  return <FindingPage finding={useLoaderData<typeof loader>()} />;
}

/** A withdrawn finding's tombstone (410), or the usual error page. */
export const ErrorBoundary = FindingErrorBoundary;
