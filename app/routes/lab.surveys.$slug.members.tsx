import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import { membershipAllows, PERMISSION_RULES, SURVEY_PERMISSIONS, SURVEY_ROLES } from "~/auth/survey-roles";
import { ErrorSummary } from "~/components/error-summary";
import { ScrollableTable } from "~/components/scrollable-table";
import { AddMemberForm, MemberList } from "~/components/lab/survey-members";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { memberFormSchema } from "~/lab/survey-member-forms";
import { changeSurveyMembers, listSurveyMembers } from "~/lab/survey-members.server";

export const meta: MetaFunction = () => [{ title: "Members — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, membership, researcherId } = await requireSurveyPermission(request, params, "view");
  return {
    members: await listSurveyMembers(survey.id),
    you: researcherId,
    canManage: membershipAllows(membership, "manage-members"),
    rights: SURVEY_PERMISSIONS.map((permission) => ({
      covers: PERMISSION_RULES[permission].covers,
      roles: SURVEY_ROLES.map((role) => ({
        role,
        allowed: PERMISSION_RULES[permission].roles.includes(role),
        needsGrant:
          role === "analyst" && PERMISSION_RULES[permission].analystNeedsResponseLevelAccess === true,
      })),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData, survey } = await requireSurveyActionPermission(
    request,
    params,
    "manage-members",
  );
  const form = parseForm(formData, memberFormSchema);
  if (!form.ok) return formFailure(form.failure);
  const outcome = await changeSurveyMembers(researcherId, survey, form.value);
  if (!outcome.ok)
    return formFailure({ fieldErrors: { [outcome.field]: outcome.message }, values: form.values });
  return formSuccess(outcome.notice);
}

export default function SurveyMembers() {
  const { members, you, canManage, rights } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <>
      <h2>Members</h2>
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      <ErrorSummary
        problems={summaryProblems(reply, [{ name: "email", id: "member-email", label: "E-mail" }])}
      />
      <MemberList members={members} you={you} canManage={canManage} reply={reply} />
      {canManage ? (
        <AddMemberForm reply={reply} />
      ) : (
        <p>Only the survey&rsquo;s owners add or remove members.</p>
      )}
      <RoleTable rights={rights} />
    </>
  );
}

function RoleTable({ rights }: { rights: ReturnType<typeof useLoaderData<typeof loader>>["rights"] }) {
  return (
    <ScrollableTable id="roles-caption" caption={<>What each role may do on this survey</>}>
      <thead>
        <tr>
          <th scope="col">Right</th>
          {SURVEY_ROLES.map((role) => (
            <th scope="col" key={role}>
              {role}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rights.map((right) => (
          <tr key={right.covers}>
            <th scope="row">{right.covers}</th>
            {right.roles.map((cell) => (
              <td key={cell.role}>{cell.allowed ? (cell.needsGrant ? "if granted" : "yes") : "no"}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
