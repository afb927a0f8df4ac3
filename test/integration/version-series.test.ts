import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { action as importAction } from "~/routes/lab.surveys.import";
import { action as overviewAction } from "~/routes/lab.surveys.$slug._index";
import {
  action as newVersionAction,
  loader as newVersionLoader,
} from "~/routes/lab.surveys.$slug.new-version";
import { loader as exportLoader } from "~/routes/lab.surveys.$slug.export";
import { loader as previewLoader } from "~/routes/lab.surveys.$slug.preview";
import { loader as responsesLoader } from "~/routes/lab.surveys.$slug.responses";
import type { PendingReview } from "~/lab/pending-version.server";
import { latestInstrumentVersion } from "~/surveys/instrument-versions.server";
import { loadSurveyResponses } from "~/surveys/load-survey-responses.server";
import { miniInstrumentInput } from "../fixtures/mini-instrument";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { RespondentBrowser } from "../support/respondent-browser";

const SLUG = "versioned";
const params = { slug: SLUG };
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
const get = (path: string) => new Request(`${ORIGIN}${path}`, { headers: { Cookie: researcher.cookie } });
const post = (path: string, fields: Record<string, string>) =>
  formPost(path, fields, { cookie: researcher.cookie, csrfToken: researcher.csrfToken });

type Input = typeof miniInstrumentInput;
const workItems = (input: Input) => input.pages.find((page) => page.id === "work")!.items as unknown[];
/** Version 2: the same codes and scales, a reworded question and an added optional item. */
function compatibleInput(): Input {
  const input = structuredClone(miniInstrumentInput);
  input.title = "Mini survey, revised";
  (workItems(input)[1] as { text: string }).text = "Your role at present";
  workItems(input).push({
    id: "ai_use",
    type: "single",
    text: "Do you use AI tools at work?",
    options: [
      { code: 1, label: "Yes" },
      { code: 2, label: "No" },
    ],
  });
  return input;
}
/** Version 3: version 2 with the role's third code changed from 3 to 4. */
function incompatibleInput(): Input {
  const input = compatibleInput();
  (workItems(input)[1] as { options: { code: number }[] }).options[2]!.code = 4;
  input.pages.find((page) => page.id === "after")!.showIf = { item: "role", equals: 4 };
  return input;
}

const upload = (definition: Input) =>
  outcomeOf(() =>
    overviewAction({
      request: post(`/lab/surveys/${SLUG}`, {
        intent: "new-version",
        definitionText: JSON.stringify(definition),
      }),
      params,
      context: {},
    }),
  );
const review = async () =>
  (
    (
      await outcomeOf(() =>
        newVersionLoader({ request: get(`/lab/surveys/${SLUG}/new-version`), params, context: {} }),
      )
    ).data as { review: PendingReview | null }
  ).review;
const decide = (fields: Record<string, string>) =>
  outcomeOf(() =>
    newVersionAction({ request: post(`/lab/surveys/${SLUG}/new-version`, fields), params, context: {} }),
  );
const confirm = (pending: PendingReview) =>
  decide({ intent: "confirm", pendingId: pending.pendingId, contentHash: pending.contentHash });
const exportTab = async () =>
  (await outcomeOf(() => exportLoader({ request: get(`/lab/surveys/${SLUG}/export`), params, context: {} })))
    .data as {
    data: {
      choice: { version: string };
      versionLabel: string;
      counts: { all: number };
      versions: { value: string }[];
    };
  };
const liveVersion = async () => {
  const survey = await prisma.survey.findUniqueOrThrow({ where: { slug: SLUG } });
  return (await latestInstrumentVersion(survey.id))?.version;
};

beforeAll(async () => {
  researcher = await signedInResearcher();
  const imported = await outcomeOf(() =>
    importAction({
      request: post("/lab/surveys/import", {
        slug: SLUG,
        definitionText: JSON.stringify(miniInstrumentInput),
      }),
      params: {},
      context: {},
    }),
  );
  expect(imported.status).toBe(302);
  await outcomeOf(() =>
    overviewAction({ request: post(`/lab/surveys/${SLUG}`, { intent: "open" }), params, context: {} }),
  );
  const respondent = new RespondentBrowser();
  await respondent.post(`/s/${SLUG}/p/start`, [
    ["consent", "1"],
    ["adult", "1"],
  ]);
  await respondent.post(`/s/${SLUG}/p/work`, [["role", "1"]]);
  await respondent.post(`/s/${SLUG}/p/strain`, []);
  await respondent.post(`/s/${SLUG}/review`);
  expect(await prisma.response.count({ where: { instrumentVersion: { survey: { slug: SLUG } } } })).toBe(1);
});

describe("a new version waits for confirmation, then pools with the compatible versions before it", () => {
  it("re-importing the live definition is recognised as no change, and nothing is kept", async () => {
    const same = await upload(miniInstrumentInput);
    expect((same.data as { notice: string }).notice).toBe(
      "No changes: the definition is identical to version 1, the live version. Nothing was added.",
    );
    expect(await review()).toBeNull();
  });

  it("a compatible version is shown with its comparison and preview, and nothing is live until confirmed", async () => {
    const uploaded = await upload(compatibleInput());
    expect(uploaded.status).toBe(303);
    expect(uploaded.headers.get("Location")).toBe(`/lab/surveys/${SLUG}/new-version`);
    expect(await liveVersion()).toBe(1);
    const pending = (await review())!;
    expect(pending.nextVersion).toBe(2);
    expect(pending.verdict).toBe(
      "Compatible: responses to version 2 will be pooled with version 1 (same codes and scales).",
    );
    expect(pending.compatibility?.changes.map((entry) => entry.words)).toEqual([
      "Survey text changed: title",
      "Item “role” reworded: question",
      "Item “ai_use” added (optional)",
    ]);
    const preview = await outcomeOf(() =>
      previewLoader({
        request: get(`/lab/surveys/${SLUG}/preview?pending=1&page=work`),
        params,
        context: {},
      }),
    );
    const shown = preview.data as { version: number; preview: { view: { fields: { name: string }[] } } };
    expect(shown.version).toBe(2);
    expect(shown.preview.view.fields.map((field) => field.name)).toContain("ai_use");
    // The respondent still gets version 1: the pending version is nowhere live.
    expect((await exportTab()).data.choice.version).toBe("1");

    const confirmed = await confirm(pending);
    expect((confirmed.data as { notice: string }).notice).toMatch(/^Version 2 is live\./);
    expect(await liveVersion()).toBe(2);
    expect(await review()).toBeNull();
  });

  it("analysis, export and drop-off pool the version 1 response with version 2 and say so", async () => {
    const loaded = await loadSurveyResponses(SLUG);
    expect(loaded.versions).toEqual([1, 2]);
    expect(loaded.responses).toHaveLength(1);
    expect(loaded.pooling).toBe("Versions 1–2 pooled: same codes and scales.");
    const tab = (await exportTab()).data;
    expect(tab.choice.version).toBe("1-2");
    expect(tab.versionLabel).toBe("Versions 1–2 pooled (same codes and scales), the current series");
    expect(tab.counts.all).toBe(1);
    const stats = await outcomeOf(() =>
      responsesLoader({ request: get(`/lab/surveys/${SLUG}/responses`), params, context: {} }),
    );
    expect((stats.data as { stats: object }).stats).toMatchObject({
      funnel: { versions: "versions 1–2", completed: 1, otherVersions: 0 },
    });
  });

  it("a stale confirmation is refused, and discarding keeps nothing", async () => {
    await upload(incompatibleInput());
    const first = (await review())!;
    await upload({ ...incompatibleInput(), description: "Changed again." });
    const stale = await confirm(first);
    expect(stale.status).toBe(409);
    expect(await liveVersion()).toBe(2);
    const second = (await review())!;
    await decide({ intent: "discard", pendingId: second.pendingId });
    expect(await review()).toBeNull();
    expect(await liveVersion()).toBe(2);
  });

  it("an incompatible version says why it starts a new series, and then stands alone", async () => {
    await upload(incompatibleInput());
    const pending = (await review())!;
    expect(pending.compatibility?.compatible).toBe(false);
    expect(pending.verdict).toBe(
      "Version 3 starts a new series: its responses will not be pooled with versions 1–2, because Item “role”: codes changed from 1, 2, 3, 9; 9 missing for scoring to 1, 2, 4, 9; 9 missing for scoring.",
    );
    await confirm(pending);
    const loaded = await loadSurveyResponses(SLUG);
    expect(loaded.versions).toEqual([3]);
    expect(loaded.responses).toHaveLength(0);
    expect(loaded.pooling).toMatch(
      /^Version 3 only\. Versions 1–2 are not pooled with it: Item “role”: codes changed/,
    );
    const tab = (await exportTab()).data;
    expect(tab.choice.version).toBe("3");
    expect(tab.versions.map((option) => option.value)).toEqual(["3", "1-2", "2", "1"]);
    const audit = await prisma.auditEvent.findMany({
      where: { target: `survey:${SLUG}` },
      orderBy: { at: "asc" },
    });
    expect(audit.map((event) => event.action).filter((action) => action.includes("version"))).toEqual([
      "stage-version",
      "new-version",
      "stage-version",
      "stage-version",
      "discard-version",
      "stage-version",
      "new-version",
    ]);
  });
});
