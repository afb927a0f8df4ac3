import { Form } from "@remix-run/react";
import { SURVEY_ROLES } from "~/auth/survey-roles";
import { CsrfInput } from "~/components/csrf-input";
import { Field } from "~/components/field";
import { FieldError } from "~/components/error-summary";
import { sentValue, type FormReplyView } from "~/forms/form-reply";
import type { SurveyMemberRow } from "~/lab/survey-members.server";

type Reply = FormReplyView<unknown>;

function RoleSelect({ id, name, defaultValue }: { id: string; name: string; defaultValue?: string }) {
  return (
    <select id={id} name={name} defaultValue={defaultValue}>
      {SURVEY_ROLES.map((role) => (
        <option key={role} value={role}>
          {role}
        </option>
      ))}
    </select>
  );
}

/** The buttons an owner has on one member: change role, response-level access (analysts), remove. */
function MemberControls({ member }: { member: SurveyMemberRow }) {
  const id = `member-${member.researcherId}`;
  return (
    <div className="member-controls">
      <Form method="post" className="inline-form" aria-label={`Change the role of ${member.email}`}>
        <CsrfInput />
        <input type="hidden" name="memberId" value={member.researcherId} />
        <label htmlFor={`${id}-role`}>Role of {member.email}</label>{" "}
        <RoleSelect id={`${id}-role`} name="role" defaultValue={member.role} />{" "}
        <button type="submit" name="intent" value="change-role" className="button--secondary">
          Change role
        </button>
      </Form>
      {member.role === "analyst" ? (
        <Form method="post" className="inline-form">
          <CsrfInput />
          <input type="hidden" name="memberId" value={member.researcherId} />
          <input type="hidden" name="grant" value={member.responseLevelAccess ? "no" : "yes"} />
          <button type="submit" name="intent" value="response-access" className="button--secondary">
            {member.responseLevelAccess ? "Revoke response-level access" : "Grant response-level access"}
          </button>
        </Form>
      ) : null}
      <Form method="post" className="inline-form">
        <CsrfInput />
        <input type="hidden" name="memberId" value={member.researcherId} />
        <button type="submit" name="intent" value="remove" className="button--secondary">
          Remove {member.email}
        </button>
      </Form>
    </div>
  );
}

function accessWords(member: SurveyMemberRow): string {
  if (member.role === "owner") return "yes (owners always)";
  if (member.role === "analyst") return member.responseLevelAccess ? "yes (granted)" : "no (not granted)";
  return "no";
}

/** The survey's members; owners get a row of controls under each. */
export function MemberList(props: {
  members: SurveyMemberRow[];
  you: string;
  canManage: boolean;
  reply: Reply;
}) {
  const { members, you, canManage, reply } = props;
  const errorFor = (member: SurveyMemberRow) =>
    reply.values.memberId === member.researcherId
      ? (reply.fieldErrors.role ?? reply.fieldErrors.grant ?? reply.fieldErrors.memberId)
      : undefined;
  return (
    <ul className="card-list">
      {members.map((member) => (
        <li key={member.researcherId} className="card">
          <p>
            <strong>{member.email}</strong>
            {member.researcherId === you ? " (you)" : ""} · {member.role}
            {member.deactivated ? " · account deactivated" : ""}
            <br />
            Response-level access: {accessWords(member)}
          </p>
          <FieldError id={`member-${member.researcherId}-error`} message={errorFor(member)} />
          {canManage ? <MemberControls member={member} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Adds an existing account by e-mail with a role. */
export function AddMemberForm({ reply }: { reply: Reply }) {
  const mine = reply.values.intent === "add" ? reply : null;
  return (
    <Form method="post" className="form-stack" aria-labelledby="add-member-heading">
      <h3 id="add-member-heading">Add a member</h3>
      <CsrfInput />
      <Field
        id="member-email"
        label="E-mail address of their account"
        hint="The account must exist already; a site administrator creates accounts."
        error={mine?.fieldErrors.email}
      >
        {(control) => (
          <input
            {...control}
            type="email"
            name="email"
            autoComplete="off"
            defaultValue={mine ? sentValue(mine.values, "email") : ""}
          />
        )}
      </Field>
      <Field id="member-role" label="Role" error={mine?.fieldErrors.role}>
        {(control) => (
          <select {...control} name="role" defaultValue={mine ? sentValue(mine.values, "role") : "viewer"}>
            {SURVEY_ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" name="intent" value="add">
        Add member
      </button>
    </Form>
  );
}
