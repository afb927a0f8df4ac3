import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import { surveyQrSvg, surveyShareUrl } from "~/lab/share-link.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const svg = await surveyQrSvg(surveyShareUrl(request, survey.slug));
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `inline; filename="${survey.slug}-qr.svg"`,
      "Cache-Control": "private, no-store",
    },
  });
}
