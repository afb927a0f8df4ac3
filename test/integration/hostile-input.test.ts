// Hundreds of bad requests against every public form and the lab's definition import. Each must
// get a clear 4xx — never a 500, never a stack trace — with a message on the field where a person
// could have made the mistake, and must leave the database exactly as it was.
// (Limits enforced in front of the app, by server.js, are checked in test/e2e/hostile-http.spec.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { CSRF_FIELD_NAME } from "~/forms/csrf-field";
import { action as importAction } from "~/routes/lab.surveys.import";
import { action as pageAction } from "~/routes/s.$slug.p.$pageId";
import { action as resumeAction } from "~/routes/s.$slug.resume";
import { action as reviewAction } from "~/routes/s.$slug.review";
import { action as signInAction } from "~/routes/sign-in";
import { miniInstrumentInput } from "../fixtures/mini-instrument";
import {
  deeplyNested,
  encode,
  invoke,
  rawPost,
  type Body,
  type Reply,
  STACK_TRACE,
  storedState,
} from "../support/hostile-requests";
import { signedInResearcher } from "../support/lab-requests";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

type Target = "start" | "work" | "after" | "review" | "resume" | "signIn" | "import" | "closed" | "unknown";
type Case = {
  name: string;
  target: Target;
  body: () => Body;
  headers?: () => Record<string, string>;
  status?: number;
  field?: string;
};

const SCRIPT = "<script>alert(document.cookie)</script>";
const SQL = [
  "1' OR '1'='1",
  '1; DROP TABLE "Response"; --',
  '\' UNION SELECT "tokenHash" FROM "ResumeDraft" --',
];
const WRONG_TYPES = [
  "abc",
  "-1",
  "1.5",
  "1e9",
  "NaN",
  "Infinity",
  "[1]",
  '{"code":1}',
  "true",
  "null",
  "１",
  SCRIPT,
  ...SQL,
  deeplyNested(2000, "array"),
];
const MEGABYTE = "x".repeat(1024 * 1024);
const INVALID_UTF8: [string, Uint8Array][] = [
  ["a lone 0xFF byte", new Uint8Array([0x61, 0x3d, 0xff])],
  ["a cut-off two-byte sequence", new Uint8Array([0x61, 0x3d, 0xc3])],
  ["an overlong encoding", new Uint8Array([0x61, 0x3d, 0xc0, 0xaf])],
  ["a UTF-16 surrogate", new Uint8Array([0x61, 0x3d, 0xed, 0xa0, 0x80])],
];
const INVALID_PERCENT = ["%FF", "%C3%28", "%E0%80%80", "%ED%A0%80", "%", "%G1", "%00", "%07", "%1B"];
const EXTRA_FIELDS = [
  "is_admin",
  "__proto__",
  "constructor",
  "answers[0]",
  "consent[]",
  "responseId",
  "completion",
  "submittedOn",
  SCRIPT,
  "1' OR '1'='1",
];

let cookies: Record<"work" | "after", string>;
let replayedCode = "";
let otherSurveyCode = "";
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;

const cookieOf = (browser: RespondentBrowser) =>
  [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
const valid: Record<"start" | "work" | "after", [string, string][]> = {
  start: [
    ["consent", "1"],
    ["adult", "1"],
  ],
  work: [
    ["years", "4"],
    ["role", "3"],
    ["channels", "1"],
  ],
  after: [
    ["since_left", "2"],
    ["protect", "rest days"],
  ],
};
const replace = (fields: [string, string][], name: string, value: string): [string, string][] => [
  ...fields.filter(([n]) => n !== name),
  [name, value],
];

/** Cases for one survey page: every answer field with every kind of wrong value, and the form around it. */
function pageCases(page: "start" | "work" | "after", fieldValues: Record<string, string[]>): Case[] {
  const cases: Case[] = [];
  for (const [field, values] of Object.entries(fieldValues)) {
    for (const value of values) {
      cases.push({
        name: `${page}: ${field} = ${JSON.stringify(value.slice(0, 40))}`,
        target: page,
        body: () => encode(replace(valid[page], field, value)),
        status: 400,
        field,
      });
    }
    // A question with one answer sent twice (several answers are normal for "channels").
    if (field !== "channels") {
      cases.push({
        name: `${page}: ${field} twice`,
        target: page,
        body: () => encode([...valid[page], [field, valid[page].find(([n]) => n === field)?.[1] ?? "1"]]),
        status: 400,
        field,
      });
    }
  }
  for (const name of EXTRA_FIELDS)
    cases.push({
      name: `${page}: extra field ${name.slice(0, 30)}`,
      target: page,
      body: () => encode([...valid[page], [name, "1"]]),
      status: 400,
    });
  for (const value of ["1", "x", SCRIPT])
    cases.push({
      name: `${page}: honeypot filled with ${value.slice(0, 20)}`,
      target: page,
      body: () => encode([...valid[page], ["hp_extra", value]]),
      status: 400,
    });
  cases.push(...formCases(page));
  return cases;
}

/** Cases any form must refuse before reading a single answer. */
function formCases(target: Target, fields: [string, string][] = [["a", "b"]]): Case[] {
  return [
    ...INVALID_UTF8.map(([what, bytes]): Case => ({
      name: `${target}: ${what}`,
      target,
      body: () => bytes,
      status: 400,
    })),
    ...INVALID_PERCENT.map((escape): Case => ({
      name: `${target}: percent escape ${escape}`,
      target,
      body: () => `${encode(fields)}&a=${escape}`,
      status: 400,
    })),
    {
      name: `${target}: a 1 MB field`,
      target,
      body: () => encode([...fields, ["a", MEGABYTE]]),
      status: 413,
    },
    { name: `${target}: a 1 MB field name`, target, body: () => `${MEGABYTE}=1`, status: 413 },
    {
      name: `${target}: 25,000 characters`,
      target,
      body: () => encode([...fields, ["a", "y".repeat(25_000)]]),
      status: 413,
    },
    {
      name: `${target}: 600 fields`,
      target,
      body: () => Array.from({ length: 600 }, (_, index) => `f${index}=1`).join("&"),
      status: 413,
    },
    {
      name: `${target}: JSON instead of a form`,
      target,
      body: () => JSON.stringify(Object.fromEntries(fields)),
      headers: () => ({ "Content-Type": "application/json" }),
      status: 415,
    },
    {
      name: `${target}: deeply nested JSON`,
      target,
      body: () => deeplyNested(50_000, "object"),
      headers: () => ({ "Content-Type": "application/json" }),
      status: 415,
    },
    {
      name: `${target}: plain text`,
      target,
      body: () => "consent=1",
      headers: () => ({ "Content-Type": "text/plain" }),
      status: 415,
    },
    { name: `${target}: multipart`, target, body: () => multipart(fields), status: 415 },
  ];
}

function multipart(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append("upload", new File(["#!/bin/sh\nrm -rf /"], "x.sh"));
  return form;
}

const signInFields: [string, string][] = [
  ["email", "nobody@example.org"],
  ["password", "wrong password"],
];
const importFields = (slug: string, definitionText: string): [string, string][] => [
  ["slug", slug],
  ["definitionText", definitionText],
];
const definition = (patch: (copy: Record<string, unknown>) => unknown) => {
  const copy = structuredClone(miniInstrumentInput) as unknown as Record<string, unknown>;
  patch(copy);
  return JSON.stringify(copy);
};

/** The mini definition with a "not" condition nested `depth` deep on its second page (built as text). */
function deeplyNestedCondition(depth: number): string {
  const condition = '{"not":'.repeat(depth) + '{"item":"adult","equals":1}' + "}".repeat(depth);
  return JSON.stringify(miniInstrumentInput).replace('"id":"work",', `"id":"work","showIf":${condition},`);
}

const cases: Case[] = [
  ...pageCases("start", { consent: ["", "0", "2", ...WRONG_TYPES], adult: ["", "3", "9", ...WRONG_TYPES] }),
  { name: "start: nothing at all", target: "start", body: () => "", status: 400, field: "consent" },
  {
    name: "start: consent missing",
    target: "start",
    body: () => encode([["adult", "1"]]),
    status: 400,
    field: "consent",
  },
  {
    name: "start: adult missing",
    target: "start",
    body: () => encode([["consent", "1"]]),
    status: 400,
    field: "adult",
  },
  ...pageCases("work", {
    years: ["-1", "51", "50.5", "0.25", ...WRONG_TYPES.filter((value) => value !== "1.5")],
    role: ["4", "0", ...WRONG_TYPES],
    channels: ["4", "6", ...WRONG_TYPES],
  }),
  {
    name: "work: 'None of these' with another channel",
    target: "work",
    body: () => encode([...valid.work, ["channels", "5"]]),
    status: 400,
    field: "channels",
  },
  ...pageCases("after", {
    since_left: ["41", "-2", "2.5", ...SQL],
    protect: ["y".repeat(21), SCRIPT, "x".repeat(5000)],
  }),
  ...formCases("review"),
  {
    name: "review: honeypot and a 1 MB body",
    target: "review",
    body: () => encode([["hp_extra", MEGABYTE]]),
    status: 413,
  },
  // Resume codes: forged, replayed, from another survey, malformed — each a message at the code field.
  ...[
    "",
    "   ",
    "hello",
    "AAAA-BBBB-CCCC-DDDD",
    "ZZZZ-ZZZZ-ZZZZ-ZZZZ",
    "AAAA-BBBB-CCCC-DDD",
    "AAAA-BBBB-CCCC-DDDDE",
    "UUUU-UUUU-UUUU-UUUU",
    "ΑΒΓΔ-ΕΖΗΘ-ΙΚΛΜ-ΝΞΟΠ",
    SCRIPT,
    ...SQL,
    "y".repeat(101),
    "y".repeat(10_000),
    deeplyNested(40, "array"),
  ].map((code): Case => ({
    name: `resume: code ${JSON.stringify(code.slice(0, 30))}`,
    target: "resume",
    body: () => encode([["code", code]]),
    status: 400,
    field: "code",
  })),
  {
    name: "resume: a replayed code (survey already sent)",
    target: "resume",
    body: () => encode([["code", replayedCode]]),
    status: 400,
    field: "code",
  },
  {
    name: "resume: another survey's code",
    target: "resume",
    body: () => encode([["code", otherSurveyCode]]),
    status: 400,
    field: "code",
  },
  {
    name: "resume: a code sent twice, the second forged",
    target: "resume",
    body: () =>
      encode([
        ["code", "AAAA-BBBB-CCCC-DDDD"],
        ["code", "y".repeat(200)],
      ]),
    status: 400,
    field: "code",
  },
  ...formCases("resume", [["code", "AAAA-BBBB-CCCC-DDDD"]]),
  // Sign-in.
  ...[
    "",
    "not-an-e-mail",
    "a@",
    "@example.org",
    `${SCRIPT}@example.org`,
    ...SQL,
    `${"a".repeat(250)}@example.org`,
    "a b@example.org",
  ].map((email): Case => ({
    name: `sign-in: e-mail ${JSON.stringify(email.slice(0, 30))}`,
    target: "signIn",
    body: () => encode(replace(signInFields, "email", email)),
    status: 400,
    field: "email",
  })),
  {
    name: "sign-in: no password",
    target: "signIn",
    body: () => encode([["email", "nobody@example.org"]]),
    status: 400,
    field: "password",
  },
  {
    name: "sign-in: a 2,000-character password",
    target: "signIn",
    body: () => encode(replace(signInFields, "password", "p".repeat(2000))),
    status: 400,
    field: "password",
  },
  ...SQL.map((password): Case => ({
    name: `sign-in: password ${password.slice(0, 20)}`,
    target: "signIn",
    body: () => encode(replace(signInFields, "password", password)),
    status: 401,
  })),
  {
    name: "sign-in: from another site",
    target: "signIn",
    body: () => encode(signInFields),
    headers: () => ({ Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }),
    status: 403,
  },
  {
    name: "sign-in: from a sandboxed frame (Origin: null)",
    target: "signIn",
    body: () => encode(signInFields),
    headers: () => ({ Origin: "null", "Sec-Fetch-Site": "cross-site" }),
    status: 403,
  },
  ...formCases("signIn", signInFields),
  // The lab's definition import, by a signed-in researcher with a valid token.
  ...["", "Bad Slug", "-x", "../etc", SCRIPT, ...SQL, "a".repeat(81)].map((slug): Case => ({
    name: `import: address ${JSON.stringify(slug.slice(0, 30))}`,
    target: "import",
    body: () => encode(importFields(slug, JSON.stringify(miniInstrumentInput))),
    status: 400,
    field: "slug",
  })),
  ...[
    ["empty", ""],
    ["not JSON", "{ nope"],
    ["a JSON array", "[]"],
    ["null", "null"],
    ["a number", "42"],
    ["a string", '"survey"'],
    ["deeply nested arrays", deeplyNested(100_000, "array")],
    ["deeply nested objects", deeplyNested(100_000, "object")],
    ["deeply nested conditions", deeplyNestedCondition(5_000)],
    ["an empty object", "{}"],
    ["an unknown top-level field", definition((copy) => (copy.extra = true))],
    ["a wrong type", definition((copy) => (copy.estimatedMinutes = "two"))],
    [
      "an unknown answer scale",
      definition((copy) => ((copy.pages as { items: { scale?: string }[] }[])[2]!.items[1]!.scale = "nope")),
    ],
    [
      "a script tag as an item id",
      definition((copy) => ((copy.pages as { items: { id: string }[] }[])[0]!.items[0]!.id = SCRIPT)),
    ],
    ["SQL as a page id", definition((copy) => ((copy.pages as { id: string }[])[0]!.id = SQL[1]!))],
    ["more than 1 MB", JSON.stringify({ ...miniInstrumentInput, description: MEGABYTE })],
  ].map(([what, text]): Case => ({
    name: `import: ${what}`,
    target: "import",
    body: () => encode(importFields("fine", text ?? "")),
    status: 400,
    field: "",
  })),
  {
    name: "import: without the CSRF token",
    target: "import",
    body: () => encode(importFields("fine", JSON.stringify(miniInstrumentInput))),
    status: 403,
  },
  // Closed and unknown surveys.
  ...(["start", "review"] as const).flatMap((page) => [
    {
      name: `closed survey: ${page}, valid answers`,
      target: "closed" as const,
      body: () => encode(valid.start),
      headers: () => ({ "X-Page": page }),
      status: 403,
    },
    {
      name: `unknown survey: ${page}`,
      target: "unknown" as const,
      body: () => encode(valid.start),
      headers: () => ({ "X-Page": page }),
      status: 404,
    },
  ]),
];

type Route = {
  action: (args: never) => unknown;
  path: string;
  params: Record<string, string>;
  cookie?: () => string;
};
function routeFor(testCase: Case, headers: Record<string, string>): Route {
  const page = (slug: string, pageId: string) => ({
    action: pageAction,
    path: `/s/${slug}/p/${pageId}`,
    params: { slug, pageId },
  });
  const review = (slug: string) => ({ action: reviewAction, path: `/s/${slug}/review`, params: { slug } });
  switch (testCase.target) {
    case "start":
      return page("mini", "start");
    case "work":
      return { ...page("mini", "work"), cookie: () => cookies.work };
    case "after":
      return { ...page("mini", "after"), cookie: () => cookies.after };
    case "review":
      return { ...review("mini"), cookie: () => cookies.after };
    case "resume":
      return { action: resumeAction, path: "/s/mini/resume", params: { slug: "mini" } };
    case "signIn":
      return { action: signInAction, path: "/sign-in", params: {} };
    case "import":
      return {
        action: importAction,
        path: "/lab/surveys/import",
        params: {},
        cookie: () => researcher.cookie,
      };
    case "closed":
    case "unknown": {
      const slug = testCase.target === "closed" ? "shut" : "no-such-survey";
      return headers["X-Page"] === "review" ? review(slug) : page(slug, "start");
    }
  }
}

/** The message on a field in the one failure shape (decision 018); for an import, on any field whose name starts so. */
function fieldMessage(target: Target, reply: Reply, field: string): unknown {
  const data = reply.data as { status?: unknown; fieldErrors?: Record<string, unknown> } | null;
  if (data?.status !== "error") return undefined;
  if (target === "import")
    return Object.entries(data.fieldErrors ?? {}).find(([name]) => name.startsWith(field))?.[1];
  return data.fieldErrors?.[field];
}

beforeAll(async () => {
  await createSurvey({ slug: "mini" });
  await createSurvey({ slug: "shut", status: "closed" });
  await createSurvey({ slug: "other" });
  const atWork = new RespondentBrowser();
  await atWork.post("/s/mini/p/start", valid.start);
  const atAfter = new RespondentBrowser();
  await atAfter.post("/s/mini/p/start", valid.start);
  await atAfter.post("/s/mini/p/work", valid.work);
  await atAfter.post("/s/mini/p/strain", [["b1", "1"]]);
  cookies = { work: cookieOf(atWork), after: cookieOf(atAfter) };

  const finished = new RespondentBrowser();
  await finished.post("/s/mini/p/start", valid.start);
  replayedCode = ((await finished.get("/s/mini/saved")).data as { code: string }).code;
  await finished.post("/s/mini/p/work", valid.work);
  await finished.post("/s/mini/p/strain", [["b1", "1"]]);
  await finished.post("/s/mini/p/after", valid.after);
  expect((await finished.post("/s/mini/review")).location).toBe("/s/mini/thanks");

  const elsewhere = new RespondentBrowser();
  await elsewhere.post("/s/other/p/start", valid.start);
  otherSurveyCode = ((await elsewhere.get("/s/other/saved")).data as { code: string }).code;
  researcher = await signedInResearcher();
});

describe("hostile input", () => {
  it("has at least 200 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))("%s", async (_name, testCase) => {
    const headers = testCase.headers?.() ?? {};
    const route = routeFor(testCase, headers);
    const cookie = route.cookie?.();
    let body = testCase.body();
    if (
      testCase.target === "import" &&
      testCase.name !== "import: without the CSRF token" &&
      typeof body === "string"
    ) {
      body = `${body}&${encode([[CSRF_FIELD_NAME, researcher.csrfToken]])}`;
    }
    const before = await storedState();
    const reply = await invoke(
      route.action as never,
      rawPost(route.path, body, { ...(cookie ? { Cookie: cookie } : {}), ...headers }),
      route.params,
    );

    expect(reply.status, reply.body.slice(0, 300)).toBe(testCase.status ?? reply.status);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(reply.body).not.toMatch(STACK_TRACE);
    expect(reply.body.trim().length).toBeGreaterThan(0);
    if (testCase.field !== undefined)
      expect(fieldMessage(testCase.target, reply, testCase.field), reply.body.slice(0, 300)).toEqual(
        expect.any(String),
      );
    expect(await storedState()).toBe(before);
  });
});

describe("the valid requests the hostile cases are made from", () => {
  it("are accepted, so every refusal above is about what was changed", async () => {
    const post = (path: string, params: Record<string, string>, body: string, cookie?: string) =>
      invoke(
        (path.includes("/p/")
          ? pageAction
          : path.endsWith("/review")
            ? reviewAction
            : path === "/sign-in"
              ? signInAction
              : importAction) as never,
        rawPost(path, body, cookie ? { Cookie: cookie } : {}),
        params,
      );
    const start = await post(
      "/s/mini/p/start",
      { slug: "mini", pageId: "start" },
      encode([...valid.start, ["shown", ""], ["intent", "next"], ["hp_extra", ""]]),
    );
    expect(start.location).toBe("/s/mini/p/work");
    expect(
      (await post("/s/mini/p/work", { slug: "mini", pageId: "work" }, encode(valid.work), cookies.work))
        .location,
    ).toBe("/s/mini/p/strain");
    expect(
      (await post("/s/mini/p/after", { slug: "mini", pageId: "after" }, encode(valid.after), cookies.after))
        .location,
    ).toBe("/s/mini/review");
    expect(
      (await post("/s/mini/review", { slug: "mini" }, encode([["hp_extra", ""]]), cookies.after)).location,
    ).toBe("/s/mini/thanks");
    const imported = await post(
      "/lab/surveys/import",
      {},
      `${encode(importFields("fine", JSON.stringify(miniInstrumentInput)))}&${encode([[CSRF_FIELD_NAME, researcher.csrfToken]])}`,
      researcher.cookie,
    );
    expect(imported.location).toBe("/lab/surveys/fine");
  });
});
