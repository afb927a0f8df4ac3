// The members page: owners add, re-role, grant response-level access and remove; every refusal names
// its field and changes nothing; every change is audited with its survey. And the lists a member sees.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { publishFinding } from "~/findings/finding-versions.server";
import { action as findingsAction, loader as findingsLoader } from "~/routes/lab.findings";
import { changeSurveyMembers } from "~/lab/survey-members.server";
import { action, loader } from "~/routes/lab.surveys.$slug.members";
import { loader as surveysLoader } from "~/routes/lab.surveys._index";
import { sampleSnapshot } from "../support/finding-fixtures";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

const SLUG = "team";
type Person = Awaited<ReturnType<typeof signedInResearcher>>;
let surveyId: string;
let owner: Person;
let viewer: Person;
let outsider: Person;

beforeAll(async () => {
  ({ surveyId } = await createSurvey({ slug: SLUG, ownedByEveryone: false }));
  await createSurvey({ slug: "not-yours", ownedByEveryone: false });
  owner = await signedInResearcher("pi@example.org", { role: "owner", surveyIds: [surveyId] });
  viewer = await signedInResearcher("student@example.org", { role: "viewer", surveyIds: [surveyId] });
  outsider = await signedInResearcher("outsider@example.org", { role: null });
});

const post = (who: Person, fields: Record<string, string>) =>
  outcomeOf(() =>
    action({
      request: formPost(`/lab/surveys/${SLUG}/members`, fields, who),
      params: { slug: SLUG },
      context: {},
    }),
  );
const fieldErrors = (outcome: { data: unknown }) =>
  (outcome.data as { fieldErrors: Record<string, string> }).fieldErrors;
const memberships = () =>
  prisma.surveyMembership.findMany({
    where: { surveyId },
    select: { researcherId: true, role: true, responseLevelAccess: true },
    orderBy: { researcherId: "asc" },
  });

describe("adding members", () => {
  it("refuses an unknown e-mail, a member already there and a deactivated account, changing nothing", async () => {
    const before = await memberships();
    const unknown = await post(owner, { intent: "add", email: "nobody@example.org", role: "viewer" });
    expect(unknown.status).toBe(400);
    expect(fieldErrors(unknown).email).toBe(
      "No account uses that e-mail address; a site administrator creates accounts.",
    );
    const twice = await post(owner, { intent: "add", email: "Student@Example.org", role: "analyst" });
    expect(fieldErrors(twice).email).toMatch(/already a member \(viewer\)/);
    const gone = await signedInResearcher("gone@example.org", { role: null });
    await prisma.researcher.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    const deactivated = await post(owner, { intent: "add", email: "gone@example.org", role: "viewer" });
    expect(fieldErrors(deactivated).email).toMatch(/deactivated/);
    expect(await memberships()).toEqual(before);
  });

  it("adds an account as analyst, audited with the survey; a viewer may not", async () => {
    const refused = await post(viewer, { intent: "add", email: "outsider@example.org", role: "owner" });
    expect(refused.status).toBe(403);
    const added = await post(owner, { intent: "add", email: "outsider@example.org", role: "analyst" });
    expect(added.status).toBe(200);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "member-added" } });
    expect(event).toMatchObject({
      surveyId,
      researcherId: owner.id,
      detail: "outsider@example.org as analyst",
    });
  });
});

describe("roles and response-level access", () => {
  it("grants response-level access to an analyst only, and a new role starts without it", async () => {
    const toViewer = await post(owner, { intent: "response-access", memberId: viewer.id, grant: "yes" });
    expect(fieldErrors(toViewer).grant).toMatch(/granted to analysts/);
    expect(
      (await post(owner, { intent: "response-access", memberId: outsider.id, grant: "yes" })).status,
    ).toBe(200);
    const row = () =>
      prisma.surveyMembership.findFirstOrThrow({ where: { surveyId, researcherId: outsider.id } });
    expect((await row()).responseLevelAccess).toBe(true);
    expect((await post(owner, { intent: "change-role", memberId: outsider.id, role: "editor" })).status).toBe(
      200,
    );
    expect(await row()).toMatchObject({ role: "editor", responseLevelAccess: false });
  });

  it("never leaves the survey without an owner", async () => {
    const before = await memberships();
    const demote = await post(owner, { intent: "change-role", memberId: owner.id, role: "analyst" });
    expect(demote.status).toBe(400);
    expect(fieldErrors(demote).role).toMatch(/^You are the only owner\. .*an owner must always remain/);
    const remove = await post(owner, { intent: "remove", memberId: owner.id });
    expect(fieldErrors(remove).memberId).toMatch(/no owner left/);
    expect(await memberships()).toEqual(before);
    // With a second owner, the first may step down; then the removal is audited.
    expect((await post(owner, { intent: "change-role", memberId: outsider.id, role: "owner" })).status).toBe(
      200,
    );
    expect((await post(owner, { intent: "remove", memberId: viewer.id })).status).toBe(200);
    const removed = await prisma.auditEvent.findFirstOrThrow({ where: { action: "member-removed" } });
    expect(removed).toMatchObject({ surveyId, detail: "student@example.org (was viewer)" });
    await post(owner, { intent: "add", email: "student@example.org", role: "viewer" });
  });

  it("shows every member the list, and only owners the controls", async () => {
    const page = (who: Person) =>
      loader({
        request: new Request(`${ORIGIN}/lab/surveys/${SLUG}/members`, { headers: { Cookie: who.cookie } }),
        params: { slug: SLUG },
        context: {},
      });
    const seen = await page(viewer);
    expect(seen.canManage).toBe(false);
    expect(seen.members.map((member) => member.email)).toContain("pi@example.org");
    expect((await page(owner)).canManage).toBe(true);
  });
});

describe("what a member's lab lists", () => {
  it("lists only the surveys the researcher is a member of, with the role", async () => {
    const request = new Request(`${ORIGIN}/lab/surveys`, { headers: { Cookie: viewer.cookie } });
    const { surveys } = await surveysLoader({ request, params: {}, context: {} });
    expect(surveys.map((survey) => [survey.slug, survey.role])).toEqual([[SLUG, "viewer"]]);
  });

  it("lists only member surveys' findings; withdrawing needs publish on the finding's survey", async () => {
    const snapshot = await sampleSnapshot();
    const base = { title: "T", summary: "S", narrative: "", isSynthetic: false, snapshot };
    await publishFinding(null, { ...base, slug: "team-finding", surveyId });
    const other = await prisma.survey.findUniqueOrThrow({ where: { slug: "not-yours" } });
    await publishFinding(null, { ...base, slug: "other-finding", surveyId: other.id });
    const request = new Request(`${ORIGIN}/lab/findings`, { headers: { Cookie: viewer.cookie } });
    const { findings } = await findingsLoader({ request, params: {}, context: {} });
    expect(findings.map((finding) => finding.slug)).toEqual(["team-finding"]);
    const fields = { intent: "withdraw", slug: "team-finding", reason: "A viewer tries." };
    const refused = await outcomeOf(() =>
      findingsAction({ request: formPost("/lab/findings", fields, viewer), params: {}, context: {} }),
    );
    expect(refused.status).toBe(403);
    expect(fieldErrors(refused).reason).toMatch(/^To publish, withdraw and supersede findings, you need/);
    const finding = await prisma.finding.findUniqueOrThrow({ where: { slug: "team-finding" } });
    expect(finding.withdrawnAt).toBeNull();
  });
});

describe("two owners demoting each other at the same moment", () => {
  // Several rounds: whether two requests really overlap depends on timing (the first round often does not,
  // while the connections are being opened); without the survey's lock PostgreSQL broke most rounds.
  it("leaves the survey one owner each time: the check and the write are one statement, under the survey's lock", async () => {
    for (let round = 1; round <= 5; round++) {
      const { surveyId: shared, slug } = await createSurvey({
        slug: `two-owners-${round}`,
        ownedByEveryone: false,
      });
      const first = await signedInResearcher(undefined, { role: "owner", surveyIds: [shared] });
      const second = await signedInResearcher(undefined, { role: "owner", surveyIds: [shared] });
      const demote = (actor: Person, member: Person) =>
        changeSurveyMembers(
          actor.id,
          { id: shared, slug },
          { intent: "change-role", memberId: member.id, role: "viewer" },
        );
      const outcomes = await Promise.all([demote(first, second), demote(second, first)]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(await prisma.surveyMembership.count({ where: { surveyId: shared, role: "owner" } })).toBe(1);
    }
  });
});
