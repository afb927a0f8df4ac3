// Exports are posted from the export form; a GET never exports (docs/decisions/014-exports-by-post.md).
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { action as updateAction } from "~/routes/lab.surveys.$slug.export";
import { loader as fileLoader } from "~/routes/lab.surveys.$slug.export.$file";
import { createExportSurvey, exportEvents, exportTabClient, SLUG, type TabData } from "../support/export-tab";
import { ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";

let client: ReturnType<typeof exportTabClient>;
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
const tab = (query?: string) => client.tab(query);
const download = (...args: Parameters<typeof client.download>) => client.download(...args);

beforeAll(async () => {
  researcher = await signedInResearcher();
  client = exportTabClient(researcher);
  await createExportSurvey();
});

describe("export downloads are posts of the export form", () => {
  it("refuses unknown files, forged or cross-site posts and visitors without a session, recording nothing", async () => {
    const before = await exportEvents();
    expect((await download("secrets.txt")).status).toBe(404);
    // A label file of a language the English-only version does not offer.
    expect((await download("labels-es.sps")).status).toBe(404);
    expect((await download("responses.csv", "", {}, { csrfToken: "guessed" })).status).toBe(403);
    expect((await download("responses.csv", "", {}, { csrfToken: "" })).status).toBe(403);
    const crossSite = { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" };
    expect((await download("responses.csv", "", {}, { headers: crossSite })).status).toBe(403);
    const anonymous = await download("responses.csv", "", {}, { cookie: "__ns_session=forged" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/sign-in\?/);
    expect(await exportEvents()).toBe(before);
  });
});

describe("a GET never exports (docs/decisions/014-exports-by-post.md)", () => {
  it("answers the old download links, or an image pointing at one, 405 and writes nothing", async () => {
    const before = await exportEvents();
    const asLinkOrImage: Record<string, string>[] = [
      {},
      { "Sec-Fetch-Dest": "image", "Sec-Fetch-Site": "same-origin" },
    ];
    for (const headers of asLinkOrImage) {
      const request = new Request(
        `${ORIGIN}/lab/surveys/${SLUG}/export/responses.csv?version=1&synthetic=include`,
        {
          headers: { Cookie: researcher.cookie, ...headers },
        },
      );
      const outcome = await outcomeOf(() =>
        fileLoader({ request, params: { slug: SLUG, file: "responses.csv" }, context: {} }),
      );
      expect(outcome.status).toBe(405);
      expect(outcome.headers.get("Allow")).toBe("POST");
    }
    expect(await exportEvents()).toBe(before);
  });

  it("sends visitors without a session to sign in", async () => {
    const request = new Request(`${ORIGIN}/lab/surveys/${SLUG}/export/responses.csv`);
    const outcome = await outcomeOf(() =>
      fileLoader({ request, params: { slug: SLUG, file: "responses.csv" }, context: {} }),
    );
    expect(outcome.status).toBe(302);
  });
});

describe("the form and the privacy check stay together", () => {
  it("'Update the privacy check' posts the options and lands on the tab for them, recording nothing", async () => {
    const before = await exportEvents();
    const fields = {
      version: "1",
      excluded: "include",
      synthetic: "include",
      coarsen: "yes",
      k: "4",
      suppression: "",
    };
    const outcome = await client.post(updateAction, `/lab/surveys/${SLUG}/export`, fields, { slug: SLUG });
    expect(outcome.status).toBe(303);
    expect(outcome.headers.get("Location")).toBe(
      `/lab/surveys/${SLUG}/export?version=1&excluded=include&synthetic=include&coarsen=yes&k=4`,
    );
    expect(await exportEvents()).toBe(before);
  });

  it("a download whose options changed since the check was shown exports nothing and shows the check for them", async () => {
    // The usability bug of the GET links: "Include synthetic" chosen, "Update" not pressed.
    const before = await exportEvents();
    const stale = await download("responses.csv", "?synthetic=leave-out", { synthetic: "include" });
    expect(stale.status).toBe(303);
    const location = stale.headers.get("Location") ?? "";
    expect(location).toBe(
      `/lab/surveys/${SLUG}/export?version=1&excluded=include&synthetic=include&coarsen=no&k=5&suppression=2&notice=options-changed`,
    );
    expect(await exportEvents()).toBe(before);

    const shown = (await tab(location.slice(location.indexOf("?")))).data as TabData;
    expect(shown.notice).toBe("options-changed");
    expect(shown.data?.exported).toBe(120);
    const fresh = await download("responses.csv", location.slice(location.indexOf("?")));
    expect(fresh.status).toBe(200);
    const rows = Papa.parse<Record<string, string>>(await fresh.text(), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(120);
    // The file holds exactly what the page says: the synthetic rows it counts are in it.
    expect(shown.data?.counts.synthetic).toBeGreaterThan(0);
    expect(rows.filter((row) => row.is_synthetic === "1")).toHaveLength(shown.data?.counts.synthetic ?? -1);
    expect(await exportEvents()).toBe(before + 1);
    // The labelled variant, from the same form, describes the same rows with labels instead of codes.
    const labelled = await download("responses-labelled.csv", location.slice(location.indexOf("?")));
    const labelledRows = Papa.parse<Record<string, string>>(await labelled.text(), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(labelledRows.map((row) => row.response_id)).toEqual(rows.map((row) => row.response_id));
    expect(labelledRows.filter((row) => row.is_synthetic === "yes")).toHaveLength(
      shown.data?.counts.synthetic ?? -1,
    );
    expect(labelledRows.some((row) => /^\[.+\]$/.test(row.queue_type ?? ""))).toBe(
      rows.some((row) => Number(row.queue_type) >= 997),
    );
  });
});
