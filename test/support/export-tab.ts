// The export tab's fixtures and requests, as the browser sends them (test/integration/lab-export*.test.ts).
import type { ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "~/db.server";
import { responseAnswers } from "~/surveys/stored-answers";
import { action as fileAction } from "~/routes/lab.surveys.$slug.export.$file";
import { loader as exportLoader } from "~/routes/lab.surveys.$slug.export";
import { generateSyntheticPanel } from "../../analysis/synthetic-panel";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import type { KAnonymityReport } from "../../exports";
import { formPost, ORIGIN, outcomeOf, type signedInResearcher } from "./lab-requests";
import { createSurvey } from "./survey-fixtures";

export const SLUG = "export-demo";

export type TabData = {
  data: {
    choice: {
      version: number;
      excluded: string;
      synthetic: string;
      coarsen: string;
      k: number;
      suppression: number;
    };
    /** The version's responses before the include/leave-out choices, as the page states them. */
    counts: { all: number; excluded: number; synthetic: number; real: number };
    exported: number;
    report: KAnonymityReport | null;
    checked: string | null;
    files: { file: string; title: string }[];
  } | null;
  /** The options' failure (decision 018's shape) when they are not valid. */
  query: {
    status: "error";
    fieldErrors: Record<string, string>;
    formError: string | null;
    values: Record<string, string>;
  } | null;
  notice?: string;
};

/**
 * The default instrument with 120 responses (20 real, the first real one excluded by hand,
 * 100 synthetic) and one hidden free-text answer. Returns those two responses' ids.
 */
export async function createExportSurvey(): Promise<{ firstId: string; textedId: string }> {
  const definition = loadDefaultInstrument();
  const { versionId } = await createSurvey({ slug: SLUG, definition });
  const panel = generateSyntheticPanel(definition, { n: 120, seed: 5 });
  await prisma.response.createMany({
    data: panel.map((response, index) => ({
      instrumentVersionId: versionId,
      answers: JSON.stringify({
        ...response.answers,
        ...(index === 0 ? { protect_text: "Call me on 555-0100" } : {}),
      }),
      durationSeconds: response.durationSeconds,
      submittedOn: response.submittedOn,
      completion: "complete",
      isSynthetic: index >= 20, // 20 real, 100 synthetic
    })),
  });
  const first = await prisma.response.findFirstOrThrow({
    where: { instrumentVersionId: versionId, isSynthetic: false },
    orderBy: [{ submittedOn: "asc" }, { id: "asc" }],
  });
  await prisma.exclusion.create({ data: { responseId: first.id, reason: "manual" } });
  const withText = await prisma.response.findMany({
    where: { instrumentVersionId: versionId },
    select: { id: true, answers: true },
  });
  const texted = withText.find((row) => responseAnswers(row).protect_text === "Call me on 555-0100");
  if (!texted) throw new Error("the free-text answer was not stored");
  await prisma.hiddenFreeText.create({ data: { responseId: texted.id, itemId: "protect_text" } });
  return { firstId: first.id, textedId: texted.id };
}

type Researcher = Awaited<ReturnType<typeof signedInResearcher>>;
type PostOptions = { csrfToken?: string; headers?: Record<string, string>; cookie?: string };
type Action = (args: ActionFunctionArgs) => Promise<unknown>;

/** The tab (GET) and its form's posts, as `researcher` in a browser would send them. */
export function exportTabClient(researcher: Researcher) {
  const tab = async (query = "", cookie = researcher.cookie) => {
    const request = new Request(`${ORIGIN}/lab/surveys/${SLUG}/export${query}`, {
      headers: { Cookie: cookie },
    });
    return outcomeOf(() => exportLoader({ request, params: { slug: SLUG }, context: {} }));
  };

  /** The form as the tab renders it for `query`: the resolved options and the check they were shown with. */
  const formOf = async (query = ""): Promise<Record<string, string>> => {
    const { data } = (await tab(query)).data as TabData;
    if (!data?.checked) throw new Error(`the tab shows no downloads for ${query}`);
    const fields = Object.entries(data.choice).map(([key, value]) => [key, String(value)]);
    return { ...Object.fromEntries(fields), checked: data.checked };
  };

  const post = async (
    run: Action,
    path: string,
    fields: Record<string, string>,
    params: Record<string, string>,
    options: PostOptions = {},
  ): Promise<Response> => {
    const request = formPost(path, fields, {
      cookie: options.cookie ?? researcher.cookie,
      csrfToken: options.csrfToken ?? researcher.csrfToken,
      headers: options.headers,
    });
    let result: unknown;
    try {
      result = await run({ request, params, context: {} });
    } catch (error) {
      result = error;
    }
    if (result instanceof Response) return result;
    throw result;
  };

  /** A press of one file's button on the tab shown for `query` (optionally with fields changed since). */
  const download = async (
    file: string,
    query = "",
    changed: Record<string, string> = {},
    options: PostOptions = {},
  ) => {
    const fields = { ...(await formOf(query)), ...changed };
    return post(fileAction, `/lab/surveys/${SLUG}/export/${file}`, fields, { slug: SLUG, file }, options);
  };

  return { tab, formOf, post, download };
}

/** How many exports the audit trail has recorded. */
export const exportEvents = () => prisma.auditEvent.count({ where: { action: "export" } });
