import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CodebookView } from "~/components/codebook/codebook-view";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { loadPublicCodebook } from "~/surveys/public-codebook.server";
import { visibleText } from "../../instrument/encode/plain-text";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Codebook: ${visibleText(data.codebook.instrument.title)}, version ${data.version} — Negative Space`
      : "Codebook — Negative Space",
  },
];

export async function loader({ params }: LoaderFunctionArgs) {
  // The loaders' labels are for the downloads (about 40% of the codebook); the page does not show them.
  const { codebook, ...rest } = await loadPublicCodebook(params);
  const { labels: _labels, ...shown } = codebook;
  return { ...rest, codebook: shown };
}

export default function CodebookPage() {
  const { slug, version, contentHash, codebook } = useLoaderData<typeof loader>();
  const base = `/codebook/${slug}/v/${version}`;
  return (
    <div className="wide-page">
      <h1>
        Codebook: {visibleText(codebook.instrument.title)}, version {version}
      </h1>
      <p>
        Content hash <code>{contentHash.slice(0, 12)}</code>. Download as{" "}
        <a href={`${base}/codebook.md`}>Markdown</a> or <a href={`${base}/codebook.json`}>JSON</a>.
      </p>
      <CodebookView codebook={codebook} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
