// Publishing a within-person finding from the lab's linkage page (issue 14): the form under the report, posted to
// the linkage route's action, publishes the linkage the researcher reviewed as a finding of the later wave's
// survey; a researcher without the right, a form with bad fields, a linkage that changed since it was reviewed or
// waves of another study are refused with their message and publish nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  // Before the app reads its environment: this file's study keys go to a folder of their own.
  const fs = await import("node:fs");
  const os = await import("node:os");
  process.env.STUDY_KEYS_DIR = fs.mkdtempSync(`${os.tmpdir()}/study-keys-`);
});

import { prisma } from "~/db.server";
import { getFindingVersion } from "~/findings/finding-versions.server";
import type { WithinPersonPublishView } from "~/components/lab/studies/publish-within-person";
import { action, loader } from "~/routes/lab.studies.$slug_.linkage";
import { createStudy } from "~/studies/studies.server";
import { addStudyWave } from "~/studies/study-waves.server";
import { writeSyntheticStudy } from "~/studies/synthetic-study.server";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { STUDY_CODE } from "../fixtures/wave-instrument";
import { formPost, joinSurveys, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { addResponses, createWaveSurvey } from "../support/wave-surveys";

type Member = Awaited<ReturnType<typeof signedInResearcher>>;
const STUDY = "publish-panel";
const params = { slug: STUDY };
const WAVES = { earlier: "publish-wave-1", later: "publish-wave-2" };
let owner: Member;
const surveyIds: Record<string, string> = {};
let laterVersionId: string;

async function addWave(studySlug: string, surveySlug: string, plannedOn: string) {
  const study = await prisma.study.findUniqueOrThrow({
    where: { slug: studySlug },
    select: { id: true, slug: true, title: true },
  });
  const survey = await createWaveSurvey({
    slug: surveySlug,
    elements: STUDY_CODE,
    ownerIds: [owner.id],
    base: loadDefaultInstrument(),
  });
  const added = await addStudyWave(owner.id, study, { ...survey, title: surveySlug }, { plannedOn });
  if (!added.ok) throw new Error(added.message);
  surveyIds[surveySlug] = survey.id;
  return survey;
}

beforeAll(async () => {
  owner = await signedInResearcher("publish-owner@example.org", { role: null });
  await prisma.researcher.update({ where: { id: owner.id }, data: { isAdmin: true } });
  for (const slug of [STUDY, "other-panel"]) {
    const created = await createStudy(owner.id, { slug, title: `Study ${slug}` });
    if (!created.ok) throw new Error(created.message);
  }
  await addWave(STUDY, WAVES.earlier, "2026-01-15");
  laterVersionId = (await addWave(STUDY, WAVES.later, "2026-07-15")).versionId;
  await addWave("other-panel", "other-wave-1", "2026-01-15");
  expect(await writeSyntheticStudy({ studySlug: STUDY, n: 120, seed: 11 })).toEqual([120, 120]);
}, 120_000);

/** The publish form the linkage page shows `who` for the two waves, or null when it shows none. */
async function reviewed(who: Member, finding?: string): Promise<WithinPersonPublishView | null> {
  const query = new URLSearchParams({ ...WAVES, ...(finding ? { finding } : {}) });
  const outcome = await outcomeOf(() =>
    loader({
      request: new Request(`${ORIGIN}/lab/studies/${STUDY}/linkage?${query}`, {
        headers: { Cookie: who.cookie },
      }),
      params,
      context: {},
    }),
  );
  expect(outcome.status).toBe(200);
  return (outcome.data as { publish?: WithinPersonPublishView | null }).publish ?? null;
}

const FIELDS = {
  target: "new-finding",
  findingSlug: "publish-panel-change",
  title: "Change within the same people",
  summary: "Client burnout changed little within the people who answered both waves.",
  narrative: "Synthetic data.",
};

/** The publish form as the page sends it: the reviewed linkage as hidden fields, then `fields`. */
function publish(who: Member, view: WithinPersonPublishView, fields: Record<string, string> = {}) {
  const { earlier, later, threshold, fingerprint } = view.linkage;
  const sent = { earlier, later, threshold: String(threshold), fingerprint, ...FIELDS, ...fields };
  return outcomeOf(() =>
    action({ request: formPost(`/lab/studies/${STUDY}/linkage`, sent, who), params, context: {} }),
  );
}

const published = () =>
  prisma.findingVersion.count({ where: { finding: { surveyId: surveyIds[WAVES.later] } } });

describe("publishing a within-person finding from the linkage page", () => {
  it("shows an owner the form and publishes version 1 of a new finding of the later wave, labelled synthetic", async () => {
    const view = await reviewed(owner);
    if (!view) throw new Error("the owner was shown no publish form");
    expect(view.start).toMatchObject({ target: "new-finding", findingSlug: `${STUDY}-within-person` });
    expect(view.linkage.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const outcome = await publish(owner, view);
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe("/findings/publish-panel-change/v/1");
    const finding = await getFindingVersion("publish-panel-change");
    expect(finding?.isSynthetic).toBe(true);
    expect(finding?.title).toBe(FIELDS.title);
    const stored = await prisma.finding.findUniqueOrThrow({ where: { slug: "publish-panel-change" } });
    expect(stored.surveyId).toBe(surveyIds[WAVES.later]);
    expect(finding?.snapshot.charts.length).toBeGreaterThan(0);
  });

  it("publishes the next version of that finding, and refuses a new finding at its address", async () => {
    const next = await reviewed(owner, "publish-panel-change");
    if (!next) throw new Error("no publish form");
    expect(next.start).toMatchObject({ target: "new-version", nextVersion: 2 });
    const taken = await publish(owner, next, { target: "new-finding" });
    expect(taken.status).toBe(400);
    expect(taken.data).toMatchObject({
      fieldErrors: { findingSlug: expect.stringMatching(/already has a finding/) },
    });
    const outcome = await publish(owner, next, { target: "new-version", title: "Change, second version" });
    expect(outcome.headers.get("Location")).toBe("/findings/publish-panel-change/v/2");
  });

  it("refuses a viewer of the later wave with 403, shows them no form, and publishes nothing", async () => {
    const viewer = await signedInResearcher(undefined, {
      role: "owner",
      surveyIds: [surveyIds[WAVES.earlier]!],
    });
    await joinSurveys(viewer.id, { role: "viewer", surveyIds: [surveyIds[WAVES.later]!] });
    const view = await reviewed(owner);
    if (!view) throw new Error("no publish form");
    const before = await published();
    const outcome = await publish(viewer, view, { findingSlug: "viewer-change" });
    expect(outcome.status).toBe(403);
    expect(outcome.data).toMatchObject({
      formError: expect.stringMatching(/^To publish, withdraw and supersede/),
    });
    expect(await published()).toBe(before);
    // An analyst may link and publish; an editor may do neither, so sees no report and no form.
    await joinSurveys(viewer.id, { role: "editor", surveyIds: Object.values(surveyIds) });
    expect(await reviewed(viewer)).toBeNull();
  });

  it("refuses a bad address and a missing title on their fields with 400, publishing nothing", async () => {
    const view = await reviewed(owner);
    if (!view) throw new Error("no publish form");
    const before = await published();
    const outcome = await publish(owner, view, { findingSlug: "Not A Slug", title: "" });
    expect(outcome.status).toBe(400);
    expect(outcome.data).toMatchObject({
      fieldErrors: {
        findingSlug: "Use 1–80 lower-case letters, digits and hyphens.",
        title: expect.stringMatching(/^Give the finding a title/),
      },
      values: { findingSlug: "Not A Slug" },
    });
    const noThreshold = await publish(owner, view, { threshold: "" });
    expect(noThreshold.data).toMatchObject({
      fieldErrors: { threshold: expect.stringMatching(/threshold you reviewed/) },
    });
    expect(await published()).toBe(before);
  });

  it("refuses waves of another study on their field, publishing nothing", async () => {
    const view = await reviewed(owner);
    if (!view) throw new Error("no publish form");
    const before = await published();
    const outcome = await publish(owner, view, { earlier: "other-wave-1", findingSlug: "mixed-change" });
    expect(outcome.status).toBe(400);
    expect(outcome.data).toMatchObject({
      fieldErrors: { earlier: expect.stringMatching(/is not a wave of this study/) },
    });
    expect(await published()).toBe(before);
    expect(await prisma.finding.count({ where: { slug: "mixed-change" } })).toBe(0);
  });

  it("refuses with 409 a linkage that is not the one reviewed: another threshold, or responses added since", async () => {
    const view = await reviewed(owner);
    if (!view) throw new Error("no publish form");
    const before = await published();
    const fields = { findingSlug: "stale-change" };
    const otherThreshold = await publish(owner, view, {
      ...fields,
      threshold: String(view.linkage.threshold + 3),
    });
    expect(otherThreshold.status).toBe(409);
    await addResponses(laterVersionId, 1, { completion: "complete", isSynthetic: true });
    const stale = await publish(owner, view, fields);
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({ formError: expect.stringMatching(/changed since you reviewed/) });
    expect(await published()).toBe(before);
    // The page, shown again, carries the new linkage, which publishes.
    const fresh = await reviewed(owner);
    if (!fresh) throw new Error("no publish form");
    expect(fresh.linkage.fingerprint).not.toBe(view.linkage.fingerprint);
    expect((await publish(owner, fresh, fields)).status).toBe(302);
  });
});
