import type { LoaderFunctionArgs } from "@remix-run/node";
import { chartFile } from "~/findings/chart-files.server";
import { requireFindingVersion } from "~/findings/finding-page.server";

export async function loader({ params }: LoaderFunctionArgs) {
  return chartFile(await requireFindingVersion(params), params.file ?? "");
}
