// Every lab route and every button of it against the permission table (app/auth/survey-roles.ts):
// the table below says what each route file asks for, the walk compares it with app/routes on disk
// and fails on a lab route it does not list. Adding a route is one line here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  membershipAllows,
  permissionNeededSentence,
  type SurveyPermission,
  type SurveyRole,
} from "~/auth/survey-roles";
import { prisma } from "~/db.server";
import { formPost, ORIGIN, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";
import { loadDefaultInstrument } from "../../instrument/default-instrument";

type Gate = SurveyPermission | "signed-in" | "administrator";
/** loader: the right the page asks for; action: one right, or one per `intent` (per `file` for downloads). */
type Entry = { loader?: Gate; action?: Gate | Record<string, Gate>; file?: Record<string, SurveyPermission> };

const ROUTE_PERMISSIONS: Record<string, Entry> = {
  "lab.tsx": { loader: "signed-in" },
  "lab._index.tsx": {}, // no loader of its own: the lab layout's session
  "lab.$.tsx": { loader: "signed-in" },
  "lab.audit.tsx": { loader: "administrator" },
  "lab.admin.accounts.tsx": { loader: "administrator", action: "administrator" },
  "lab.account._index.tsx": { loader: "signed-in", action: "signed-in" },
  "lab.account.totp.tsx": { loader: "signed-in", action: "signed-in" },
  "lab.findings.tsx": { loader: "signed-in", action: "signed-in" }, // publish on the finding's survey: lab-publishing
  "lab.surveys._index.tsx": { loader: "signed-in" },
  "lab.studies._index.tsx": { loader: "signed-in", action: "administrator" },
  "lab.studies.$slug.tsx": { loader: "signed-in", action: "signed-in" }, // the survey's role: lab-studies
  // "analyse" on both waves (study-linkage); publishing also "publish" on the later wave: within-person-publish
  "lab.studies.$slug_.linkage.tsx": { loader: "signed-in", action: "signed-in" },
  // "analyse" on both waves, and "read-responses" for linked.csv: linked-data-export
  "lab.studies.$slug_.linkage.$file.tsx": { loader: "signed-in", action: "signed-in" },
  "lab.studies.$slug_.within-person.tsx": { loader: "signed-in" }, // "analyse" on every wave: study-chain
  "lab.surveys.import.tsx": { loader: "signed-in", action: "signed-in" },
  "lab.surveys.$slug.tsx": { loader: "view" },
  "lab.surveys.$slug._index.tsx": {
    loader: "view",
    action: {
      open: "run-survey",
      close: "run-survey",
      "new-version": "run-survey",
      "invitations-required": "run-survey",
      "invitations-not-required": "run-survey",
      "generate-codes": "run-survey",
    },
  },
  "lab.surveys.$slug.preview.tsx": { loader: "view" },
  "lab.surveys.$slug.audit.tsx": { loader: "view" },
  "lab.surveys.$slug.qr[.svg].ts": { loader: "view" },
  "lab.surveys.$slug.responses.tsx": { loader: "view" },
  "lab.surveys.$slug.responses_.browse.tsx": { loader: "read-responses" },
  "lab.surveys.$slug.responses_.$responseId.tsx": {
    loader: "read-responses",
    action: { "exclude-response": "review-quality", "restore-response": "review-quality" },
  },
  "lab.surveys.$slug.quality.tsx": {
    loader: "review-quality",
    action: { "exclude-index": "review-quality", "include-index": "review-quality" },
  },
  "lab.surveys.$slug.free-text.tsx": {
    loader: "read-responses",
    action: Object.fromEntries(
      ["hide", "redact", "tag", "code-create", "code-rename", "code-delete"].map((i) => [
        i,
        "read-responses",
      ]),
    ),
  },
  "lab.surveys.$slug.free-text.$file.ts": {
    file: { "code-counts.csv": "read-responses", "answer-codes.csv": "read-responses" },
  },
  "lab.surveys.$slug.new-version.tsx": {
    loader: "run-survey",
    action: { confirm: "run-survey", discard: "run-survey" },
  },
  "lab.surveys.$slug.analysis.tsx": { loader: "analyse", action: { preview: "analyse", publish: "publish" } },
  "lab.surveys.$slug.analysis.results[.json].ts": { loader: "analyse" },
  "lab.surveys.$slug.export.tsx": { loader: "analyse", action: "analyse" },
  "lab.surveys.$slug.export.$file.tsx": {
    file: {
      "responses.csv": "read-responses",
      "responses-labelled.csv": "read-responses",
      "codebook.md": "analyse",
      "codebook.json": "analyse",
      "datapackage.json": "analyse",
      "load.R": "analyse",
    },
  },
  "lab.surveys.$slug.members.tsx": {
    loader: "view",
    action: Object.fromEntries(
      ["add", "change-role", "response-access", "remove"].map((i) => [i, "manage-members"]),
    ),
  },
};

const ROUTES = path.resolve("app/routes");
const SLUG = "permissions";
type RouteModule = { loader?: (args: unknown) => unknown; action?: (args: unknown) => unknown };
type Member = { cookie: string; csrfToken: string; id: string };
const PEOPLE = ["owner", "editor", "analyst", "analyst+access", "viewer", "non-member"] as const;
type Person = (typeof PEOPLE)[number];
const people = {} as Record<Person, Member>;

beforeAll(async () => {
  const { surveyId } = await createSurvey({
    slug: SLUG,
    ownedByEveryone: false,
    definition: loadDefaultInstrument(),
  });
  for (const person of PEOPLE) {
    const role = person === "non-member" ? null : (person.replace("+access", "") as SurveyRole);
    const joining = { role, surveyIds: [surveyId], responseLevelAccess: person === "analyst+access" };
    people[person] = await signedInResearcher(undefined, joining);
  }
});

/** Whether the table's permission lets `person` through. */
function allowed(person: Person, permission: SurveyPermission): boolean {
  if (person === "non-member") return false;
  const role = person.replace("+access", "") as SurveyRole;
  return membershipAllows({ role, responseLevelAccess: person === "analyst+access" }, permission);
}

async function run(call: () => unknown): Promise<{ status: number; text: string }> {
  try {
    const result = await call();
    return { status: result instanceof Response ? result.status : 200, text: "" };
  } catch (error) {
    if (error instanceof Response) return { status: error.status, text: await error.text() };
    throw error;
  }
}

const refusals = (id: string) =>
  prisma.refusedAttempt.aggregate({ where: { researcherId: id }, _sum: { count: true } });

async function expectGate(person: Person, permission: SurveyPermission, call: (m: Member) => unknown) {
  const before = (await refusals(people[person].id))._sum.count ?? 0;
  const outcome = await run(() => call(people[person]));
  const after = (await refusals(people[person].id))._sum.count ?? 0;
  if (person === "non-member") {
    expect(outcome.status, `${person} ${permission}`).toBe(404);
  } else if (allowed(person, permission)) {
    expect([403, 404].includes(outcome.status) && after > before, `${person} refused ${permission}`).toBe(
      false,
    );
  } else {
    expect(outcome.status, `${person} ${permission}`).toBe(403);
    expect(outcome.text).toBe(permissionNeededSentence(permission));
  }
  expect(after - before, `${person} ${permission}: refusals counted`).toBe(
    person === "non-member" || !allowed(person, permission) ? 1 : 0,
  );
}

type Case = {
  entry: string;
  kind: "loader" | "action";
  permission: SurveyPermission;
  intent?: string;
  file?: string;
};
const surveyCases: Case[] = Object.entries(ROUTE_PERMISSIONS).flatMap(([entry, gates]) => {
  const cases: Case[] = [];
  const survey = (gate: Entry["action"]): gate is SurveyPermission =>
    typeof gate === "string" && gate !== "signed-in" && gate !== "administrator";
  if (survey(gates.loader)) cases.push({ entry, kind: "loader", permission: gates.loader });
  if (survey(gates.action)) cases.push({ entry, kind: "action", permission: gates.action });
  if (typeof gates.action === "object")
    for (const [intent, gate] of Object.entries(gates.action))
      if (survey(gate)) cases.push({ entry, kind: "action", permission: gate, intent });
  for (const [file, permission] of Object.entries(gates.file ?? {})) {
    cases.push({ entry, kind: "loader", permission, file }, { entry, kind: "action", permission, file });
  }
  return cases;
});

function urlOf(entry: string, file?: string): string {
  return `/${entry
    .replace(/\.(tsx?)$/, "")
    .split(".")
    .filter((part) => part !== "_index")
    .map((part) => part.replace(/_$/, "").replace("[.svg]", ".svg").replace("[.json]", ".json"))
    .map((part) =>
      part === "$slug" ? SLUG : part === "$file" ? (file ?? "x") : part === "$responseId" ? "x" : part,
    )
    .join("/")}`;
}

describe("the permission table covers every lab route", () => {
  it("lists every lab route file on disk, and no route that is gone", () => {
    const onDisk = readdirSync(ROUTES)
      .filter((entry) => entry.startsWith("lab"))
      .sort();
    expect(onDisk).toEqual(Object.keys(ROUTE_PERMISSIONS).sort());
  });

  it("names a gate for every loader and action a route exports", async () => {
    for (const [entry, gates] of Object.entries(ROUTE_PERMISSIONS)) {
      const module = (await import(path.join(ROUTES, entry))) as RouteModule;
      expect(Boolean(module.loader), `${entry} loader`).toBe(Boolean(gates.loader ?? gates.file));
      expect(Boolean(module.action), `${entry} action`).toBe(Boolean(gates.action ?? gates.file));
    }
  });
});

describe.each(PEOPLE)("as %s", (person) => {
  it.each(surveyCases)(
    "$entry $kind $intent $file needs $permission",
    async ({ entry, kind, permission, intent, file }) => {
      const module = (await import(path.join(ROUTES, entry))) as RouteModule;
      const params = { slug: SLUG, file: file ?? "x", responseId: "x" };
      const url = urlOf(entry, file);
      await expectGate(person, permission, (member) => {
        if (kind === "loader") {
          const request = new Request(`${ORIGIN}${url}`, { headers: { Cookie: member.cookie } });
          return module.loader?.({ request, params, context: {} });
        }
        const request = formPost(url, intent ? { intent } : {}, member);
        return module.action?.({ request, params, context: {} });
      });
    },
  );
});

/** The site-administration routes of the table: a researcher who is not an administrator gets 403. */
const administratorCases = Object.entries(ROUTE_PERMISSIONS).flatMap(([entry, gates]) =>
  (["loader", "action"] as const)
    .filter((kind) => gates[kind] === "administrator")
    .map((kind) => ({ entry, kind })),
);

describe("site administration", () => {
  it("finds the administrator routes (the walk cannot pass by finding nothing)", () => {
    expect(administratorCases.map((gate) => gate.entry)).toEqual(
      expect.arrayContaining(["lab.audit.tsx", "lab.admin.accounts.tsx"]),
    );
  });

  it.each(administratorCases)(
    "$entry $kind refuses a researcher who is not an administrator",
    async ({ entry, kind }) => {
      const module = (await import(path.join(ROUTES, entry))) as RouteModule;
      const owner = people.owner;
      const url = urlOf(entry);
      const before = (await refusals(owner.id))._sum.count ?? 0;
      const outcome = await run(() =>
        kind === "loader"
          ? module.loader?.({
              request: new Request(`${ORIGIN}${url}`, { headers: { Cookie: owner.cookie } }),
              params: {},
              context: {},
            })
          : module.action?.({ request: formPost(url, { intent: "create" }, owner), params: {}, context: {} }),
      );
      expect(outcome.status).toBe(403);
      expect((await refusals(owner.id))._sum.count).toBe(before + 1);
    },
  );
});
