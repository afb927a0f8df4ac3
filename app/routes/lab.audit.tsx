import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { listAuditEvents, listRefusedAttempts, REFUSED_ATTEMPTS_DAYS } from "~/audit/audit-trail.server";
import { requireAdministrator } from "~/auth/administrator.server";
import { AuditEvents, RefusedAttempts } from "~/components/lab/audit-trail";
import { PAGE_NUMBER_MESSAGE, pageNumberSchema } from "~/forms/pagination";
import { parseQuery } from "~/forms/parse-form";

export const meta: MetaFunction = () => [{ title: "Audit trail — Negative Space lab" }];

const querySchema = z.object({ page: pageNumberSchema });

/** The whole trail: every survey's events, account changes and sign-ins. Administrators only. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const query = parseQuery(request, querySchema);
  if (!query.ok) throw new Response(PAGE_NUMBER_MESSAGE, { status: 400 });
  const [page, refused] = await Promise.all([
    listAuditEvents(query.value.page, "everything"),
    listRefusedAttempts("everything"),
  ]);
  return { ...page, refused, refusedDays: REFUSED_ATTEMPTS_DAYS };
}

export default function AuditTrail() {
  const { refused, refusedDays, ...page } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Audit trail</h1>
      <p>
        What researchers did in the lab, on every survey and account, newest first. Each survey&rsquo;s
        members read its own part on the survey&rsquo;s Audit tab. Respondents never appear here, and no entry
        can be changed or deleted.
      </p>
      <AuditEvents {...page} />
      <RefusedAttempts rows={refused} days={refusedDays} showSurvey />
    </>
  );
}
