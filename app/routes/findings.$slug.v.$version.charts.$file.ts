import type { LoaderFunctionArgs } from "@remix-run/node";
import { chartFile } from "~/findings/chart-files.server";
import { findingPermalink, requireFindingVersion } from "~/findings/finding-page.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const finding = await requireFindingVersion(params);
  return chartFile(finding, params.file ?? "", findingPermalink(request, finding.slug, finding.version));
}
