// Decision 018: every refused submission, public or lab, comes back in one shape, 400 unless the refusal is not
// about the fields. A sample of every kind of form, and the analysis tab's k, which used to fall back silently.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { loader as resultsLoader } from "~/routes/lab.surveys.$slug.analysis.results[.json]";
import { action as publishAction, loader as analysisLoader } from "~/routes/lab.surveys.$slug.analysis";
import { loader as exportLoader } from "~/routes/lab.surveys.$slug.export";
import { action as freeTextAction } from "~/routes/lab.surveys.$slug.free-text";
import { action as overviewAction } from "~/routes/lab.surveys.$slug._index";
import { action as importAction } from "~/routes/lab.surveys.import";
import { action as signInAction } from "~/routes/sign-in";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
const params = { slug: "mini" };
const labPost = (path: string, fields: Record<string, string>) =>
  formPost(path, fields, { cookie: researcher.cookie, csrfToken: researcher.csrfToken });
const labGet = (path: string) => new Request(`${ORIGIN}${path}`, { headers: { Cookie: researcher.cookie } });

/** The one failure shape, exactly: these four keys, one string message per field, at most one form error. */
function expectFailure(
  data: unknown,
  expected: { fieldErrors?: Record<string, unknown>; formError?: unknown; values?: Record<string, unknown> },
) {
  expect(Object.keys(data as object).sort()).toEqual(["fieldErrors", "formError", "status", "values"]);
  const failure = data as { status: string; fieldErrors: Record<string, unknown>; formError: unknown };
  expect(failure.status).toBe("error");
  for (const message of Object.values(failure.fieldErrors)) expect(message).toEqual(expect.any(String));
  expect(failure.formError === null || typeof failure.formError === "string").toBe(true);
  expect(data).toMatchObject({
    fieldErrors: expected.fieldErrors ?? {},
    formError: expected.formError ?? null,
    values: expected.values ?? {},
  });
}

beforeAll(async () => {
  researcher = await signedInResearcher();
  await createSurvey();
});

describe("a refused form, in one shape", () => {
  it("on public forms: a survey page, the resume code and sign-in", async () => {
    const browser = new RespondentBrowser();
    const page = await browser.post("/s/mini/p/start", [["adult", "1"]]);
    expect(page.status).toBe(400);
    expectFailure(page.data, {
      fieldErrors: { consent: expect.stringMatching(/Tick the box/) },
      values: { adult: "1" },
    });

    const resume = await browser.post("/s/mini/resume", [["code", "x".repeat(101)]]);
    expect(resume.status).toBe(400);
    expectFailure(resume.data, {
      fieldErrors: { code: "That is too long to be a resume code." },
      values: { code: "x".repeat(101) },
    });

    const signIn = await outcomeOf(() =>
      signInAction({
        request: formPost("/sign-in", { email: "ana@example.org", password: "" }),
        params: {},
        context: {},
      }),
    );
    expect(signIn.status).toBe(400);
    expectFailure(signIn.data, {
      fieldErrors: { password: "Enter your password" },
      values: { email: "ana@example.org" },
    });
  });

  it("on lab forms: the import, the overview's codes, free text and publishing", async () => {
    const imported = await outcomeOf(() =>
      importAction({
        request: labPost("/lab/surveys/import", { slug: "Bad Slug", definitionText: "{ nope" }),
        params: {},
        context: {},
      }),
    );
    expect(imported.status).toBe(400);
    expectFailure(imported.data, {
      fieldErrors: {
        slug: expect.stringMatching(/lower-case/),
        "definition.(file)": expect.stringMatching(/^Not valid JSON/),
      },
      values: { slug: "Bad Slug", definitionText: "{ nope" },
    });

    const codes = await outcomeOf(() =>
      overviewAction({
        request: labPost("/lab/surveys/mini", { intent: "generate-codes", count: "0" }),
        params,
        context: {},
      }),
    );
    expect(codes.status).toBe(400);
    expectFailure(codes.data, {
      fieldErrors: { count: "Enter a whole number from 1 to 5,000." },
      values: { intent: "generate-codes", count: "0" },
    });
    const unknown = await outcomeOf(() =>
      overviewAction({ request: labPost("/lab/surveys/mini", { intent: "explode" }), params, context: {} }),
    );
    expectFailure(unknown.data, {
      fieldErrors: { intent: "Unknown action." },
      values: { intent: "explode" },
    });

    const hide = await outcomeOf(() =>
      freeTextAction({
        request: labPost("/lab/surveys/mini/free-text", { intent: "hide", responseId: "", itemId: "x" }),
        params,
        context: {},
      }),
    );
    expect(hide.status).toBe(400);
    expectFailure(hide.data, {
      fieldErrors: { responseId: "Give a response id." },
      values: { intent: "hide", responseId: "", itemId: "x" },
    });

    const publish = await outcomeOf(() =>
      publishAction({
        request: labPost("/lab/surveys/mini/analysis", {
          target: "new-version",
          findingSlug: "ok",
          title: "Hi",
          summary: "A summary long enough.",
          minCellSize: "10",
          fingerprint: "f",
        }),
        params,
        context: {},
      }),
    );
    expect(publish.status).toBe(400);
    expectFailure(publish.data, {
      fieldErrors: {
        title: "Give the finding a title of at least 5 characters.",
        chartIds: "Choose at least one chart.",
      },
      values: { target: "new-version", findingSlug: "ok", title: "Hi", chartIds: [] },
    });
    expect(await prisma.auditEvent.count()).toBe(0);
  });
});

describe("the small-cell rule k of the analysis tab", () => {
  it.each(["4", "101", "7.5", "ten"])(
    "refuses k=%s with 400 and a message on the field, running nothing",
    async (k) => {
      const outcome = await outcomeOf(() =>
        analysisLoader({ request: labGet(`/lab/surveys/mini/analysis?k=${k}`), params, context: {} }),
      );
      expect(outcome.status).toBe(400);
      const { view, query } = outcome.data as { view: unknown; query: unknown };
      expect(view).toBeNull();
      expectFailure(query, { fieldErrors: { k: "k must be a whole number from 5 to 100." }, values: { k } });

      const json = await outcomeOf(() =>
        resultsLoader({
          request: labGet(`/lab/surveys/mini/analysis/results.json?k=${k}`),
          params,
          context: {},
        }),
      );
      expect(json.status).toBe(400);
    },
  );

  it("answers the way the export tab answers a k that is not valid", async () => {
    const exported = await outcomeOf(() =>
      exportLoader({ request: labGet("/lab/surveys/mini/export?k=1"), params, context: {} }),
    );
    expect(exported.status).toBe(400);
    expectFailure((exported.data as { query: unknown }).query, {
      fieldErrors: { k: "k must be a whole number from 2 to 100." },
      values: { k: "1" },
    });
  });

  it("takes the default for an empty k and any whole number from 5 to 100", async () => {
    for (const query of ["", "?k=", "?k=5", "?k=100"]) {
      const outcome = await outcomeOf(() =>
        analysisLoader({ request: labGet(`/lab/surveys/mini/analysis${query}`), params, context: {} }),
      );
      expect(outcome.status, query).toBe(200);
      expect((outcome.data as { query: unknown }).query).toBeNull();
    }
  });
});
