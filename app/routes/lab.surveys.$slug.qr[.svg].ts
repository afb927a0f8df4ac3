import { requireSurveyPermission } from "~/auth/survey-access.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { surveyQrSvg, surveyShareUrl } from "~/lab/share-link.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "view");
  const svg = await surveyQrSvg(surveyShareUrl(request, survey.slug));
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `inline; filename="${survey.slug}-qr.svg"`,
      "Cache-Control": "private, no-store",
    },
  });
}
