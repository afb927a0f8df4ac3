import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { importAndOpenMiniSurvey } from "./support/lab-import";

test("the survey overview shows how complete each language is and which ones respondents are offered", async ({
  page,
}, testInfo) => {
  await importAndOpenMiniSurvey(page, "languages");
  const table = page.getByRole("table", { name: "Languages of the live version" });
  await expect(table.getByRole("row", { name: /English \(en\)/ })).toContainText("Offered");
  const spanish = table.getByRole("row", { name: /Spanish \(es\)/ });
  await expect(spanish).toContainText("Not offered: the definition does not list it in languages");
  await expect(spanish).toContainText("(draft)");
  await expectNoSeriousAxeViolations(page);
  await table.screenshot({ path: testInfo.outputPath("languages.png") });
});
