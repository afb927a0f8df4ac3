import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { listAuditEvents, listRefusedAttempts, REFUSED_ATTEMPTS_DAYS } from "~/audit/audit-trail.server";
import { requireSurveyPermission } from "~/auth/survey-access.server";
import { AuditEvents, RefusedAttempts } from "~/components/lab/audit-trail";
import { PAGE_NUMBER_MESSAGE, pageNumberSchema } from "~/forms/pagination";
import { parseQuery } from "~/forms/parse-form";

export const meta: MetaFunction = () => [{ title: "Survey audit trail — Negative Space lab" }];

const querySchema = z.object({ page: pageNumberSchema });

/** One survey's trail, for every member: who imported, opened, excluded, exported, published. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "view");
  const query = parseQuery(request, querySchema);
  if (!query.ok) throw new Response(PAGE_NUMBER_MESSAGE, { status: 400 });
  const scope = { surveyId: survey.id };
  const [page, refused] = await Promise.all([
    listAuditEvents(query.value.page, scope),
    listRefusedAttempts(scope),
  ]);
  return { ...page, refused, refusedDays: REFUSED_ATTEMPTS_DAYS };
}

export default function SurveyAuditTrail() {
  const { refused, refusedDays, ...page } = useLoaderData<typeof loader>();
  return (
    <>
      <h2>Audit trail</h2>
      <p>
        What this survey&rsquo;s members did to it, newest first: imports, versions, opening and closing,
        exclusions, responses read, exports, publications and membership changes. No entry can be changed or
        deleted.
      </p>
      <AuditEvents {...page} />
      <RefusedAttempts rows={refused} days={refusedDays} showSurvey={false} />
    </>
  );
}
