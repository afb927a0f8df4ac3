import type { LoaderFunctionArgs } from "@remix-run/node";
import { chartFile } from "~/findings/chart-files.server";
import { loadFindingPage } from "~/findings/finding-page.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const finding = await loadFindingPage(request, params);
  return chartFile(finding, params.file ?? "");
}
