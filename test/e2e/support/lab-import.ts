import { expect, type Page } from "@playwright/test";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { miniInstrumentInput } from "../../fixtures/mini-instrument";
import { E2E_DATABASE_FILE } from "./e2e-server";
import { signInAsDemoResearcher } from "./lab-sign-in";

/** Signs in and imports `definition` through the lab's form under a fresh address. Returns the slug. */
async function importSurvey(page: Page, prefix: string, definition: unknown, title: string): Promise<string> {
  const slug = `${prefix}-${Date.now().toString(36)}`;
  await signInAsDemoResearcher(page, "/lab/surveys/import");
  await page.getByLabel("Survey address").fill(slug);
  await page.getByLabel("Definition file (.json)").setInputFiles({
    name: "definition.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(definition)),
  });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page).toHaveURL(new RegExp(`/lab/surveys/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  return slug;
}

/** Signs in, imports the mini instrument through the lab's form under a fresh address, and opens it. Returns the slug. */
export async function importAndOpenMiniSurvey(page: Page, prefix: string): Promise<string> {
  const slug = await importSurvey(page, prefix, miniInstrumentInput, "Mini survey");
  await page.getByRole("button", { name: "Open the survey" }).click();
  await expect(page.getByRole("status")).toContainText("open for respondents");
  return slug;
}

/**
 * A closed copy of the default survey with a synthetic panel of its own, written by the real
 * `demo:panel` CLI: for tests whose counts must not move when other tests answer the demo survey.
 */
export async function importDefaultSurveyWithPanel(page: Page, prefix: string, n: number): Promise<string> {
  const definition: unknown = JSON.parse(
    readFileSync("instrument/definitions/support-work-and-erosion.json", "utf8"),
  );
  const slug = await importSurvey(page, prefix, definition, "Support Work");
  await promisify(execFile)(
    path.resolve("node_modules/.bin/tsx"),
    ["scripts/demo-panel.ts", "--n", String(n), "--seed", "11", "--survey", slug],
    { env: { ...process.env, DATABASE_URL: `file:./${E2E_DATABASE_FILE}`, NODE_ENV: "production" } },
  );
  return slug;
}
