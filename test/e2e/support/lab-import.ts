import { expect, type Page } from "@playwright/test";
import { miniInstrumentInput } from "../../fixtures/mini-instrument";
import { signInAsDemoResearcher } from "./lab-sign-in";

/** Signs in, imports the mini instrument through the lab's form under a fresh address, and opens it. Returns the slug. */
export async function importAndOpenMiniSurvey(page: Page, prefix: string): Promise<string> {
  const slug = `${prefix}-${Date.now().toString(36)}`;
  await signInAsDemoResearcher(page, "/lab/surveys/import");
  await page.getByLabel("Survey address").fill(slug);
  await page.getByLabel("Definition file (.json)").setInputFiles({
    name: "mini.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(miniInstrumentInput)),
  });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page).toHaveURL(new RegExp(`/lab/surveys/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mini survey");
  await page.getByRole("button", { name: "Open the survey" }).click();
  await expect(page.getByRole("status")).toContainText("open for respondents");
  return slug;
}
