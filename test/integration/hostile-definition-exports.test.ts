// A definition written to break out of every generated file is imported through the lab's real
// import action; its exports are built by the same domain function the download route calls, run
// in R (source("load.R")) and GNU PSPP (load.sps, with HOST allowed), and load.do is read by a
// model of Stata's rules. No payload may run (the canary file never appears), and every label R
// and PSPP hold must equal, byte for byte, the label the exported codebook documents.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { exportChoiceSchema, exportQuery } from "~/lab/export-choice";
import { exportDownload, loadExportData } from "~/lab/exports.server";
import { requireSurveyPermission } from "~/auth/survey-access.server";
import { action as importAction } from "~/routes/lab.surveys.import";
import type { Codebook } from "../../instrument/codebook";
import type { ExportFile } from "../../exports";
import { hostileDefinitionInput } from "../fixtures/hostile-definition";
import { hostileTexts } from "../fixtures/hostile-text";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { psppTable } from "../support/pspp-output";
import { compoundStrings } from "../support/stata-do-file";

const SLUG = "hostile";
const hasR = spawnSync("Rscript", ["--version"]).status === 0;
const hasPspp = spawnSync("pspp", ["--version"]).status === 0;
const folder = mkdtempSync(path.join(tmpdir(), "ns-hostile-exports-"));
const canary = path.join(folder, "CANARY");
const files: Partial<Record<ExportFile, string>> = {};
let codebook: Codebook;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const hex = (text: string) => Buffer.from(text, "utf8").toString("hex");

beforeAll(async () => {
  const researcher = await signedInResearcher();
  const definitionText = JSON.stringify(hostileDefinitionInput(canary));
  const imported = await outcomeOf(() =>
    importAction({
      request: formPost("/lab/surveys/import", { slug: SLUG, definitionText }, researcher),
      params: {},
      context: {},
    }),
  );
  expect(imported.status, JSON.stringify(imported.data)).toBe(302);
  const version = await prisma.instrumentVersion.findFirstOrThrow({ where: { survey: { slug: SLUG } } });
  const answers = (story: string, code: number) =>
    JSON.stringify({
      ...Object.fromEntries(hostileTexts(canary).map((_, index) => [`q${index + 1}`, code])),
      channels: [1, 3],
      agree1: code,
      agree2: 2,
      amount: 5,
      story,
    });
  await prisma.response.createMany({
    data: [
      { answers: answers("=cmd|' /C calc'!A0, \"quoted\"\u2028next", 1), submittedOn: "2026-03-01" },
      { answers: answers("plain", 2), submittedOn: "2026-03-02" },
    ].map((row) => ({
      ...row,
      instrumentVersionId: version.id,
      durationSeconds: 300,
      completion: "complete",
    })),
  });
  const request = new Request(`${ORIGIN}/lab/surveys/${SLUG}/export`, {
    headers: { Cookie: researcher.cookie },
  });
  const { survey, researcherId } = await requireSurveyPermission(request, { slug: SLUG }, "read-responses");
  const choice = exportChoiceSchema.parse({});
  // The download posts the options of the privacy check the tab showed; here, the defaults.
  const shown = await loadExportData(survey, choice);
  if (!shown) throw new Error("the hostile survey has no version to export");
  const checked = exportQuery(shown.choice);
  for (const file of ["responses.csv", "codebook.json", "load.R", "load.sps", "load.do"] as const) {
    const response = await exportDownload(survey, researcherId, file, choice, checked);
    files[file] = await response.text();
    const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1];
    writeFileSync(path.join(folder, file.startsWith("load") ? file : (name ?? file)), files[file]);
  }
  codebook = JSON.parse(files["codebook.json"]!) as Codebook;
}, 60_000);

describe("exports of a hostile definition", () => {
  it("carry the payloads, inert, and the codebook documents a label for every column", () => {
    for (const file of ["load.R", "load.sps", "load.do"] as const) expect(files[file]).toContain("touch");
    const header = Papa.parse<string[]>(files["responses.csv"]!).data[0];
    expect(codebook.labels.map((entry) => entry.column)).toEqual(header);
    expect(codebook.labels.some((entry) => entry.label.spss !== entry.label.r)).toBe(true);
    expect(
      codebook.labels.some((entry) => entry.values.some((value) => value.label.spss !== value.label.r)),
    ).toBe(true);
  });

  it.skipIf(!hasR)(
    hasR
      ? "load.R runs in R without running a payload, and sets exactly the documented labels"
      : "load.R (skipped: no Rscript)",
    () => {
      rmSync(canary, { force: true });
      writeFileSync(
        path.join(folder, "probe.R"),
        [
          'source("load.R")',
          'hex <- function(s) paste(as.character(charToRaw(enc2utf8(s))), collapse = "")',
          'cat("rows\\t", nrow(responses), "\\n", sep = "")',
          "for (name in names(responses)) {",
          "  x <- responses[[name]]",
          '  cat("V\\t", name, "\\t", hex(attr(x, "label")), "\\n", sep = "")',
          '  labels <- attr(x, "labels")',
          '  for (i in seq_along(labels)) cat("L\\t", name, "\\t", labels[[i]], "\\t", hex(names(labels)[i]), "\\n", sep = "")',
          "}",
          "",
        ].join("\n"),
      );
      const run = spawnSync("Rscript", ["--vanilla", "probe.R"], {
        cwd: folder,
        encoding: "utf8",
        env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
      });
      expect(run.stderr).toBe("");
      expect(existsSync(canary)).toBe(false);
      const expected = [
        "rows\t2",
        ...codebook.labels.flatMap((entry) => [
          `V\t${entry.column}\t${hex(entry.label.r)}`,
          ...entry.values.map((value) => `L\t${entry.column}\t${value.code}\t${hex(value.label.r)}`),
        ]),
      ];
      expect(run.stdout.trimEnd().split("\n")).toEqual(expected);
    },
    60_000,
  );

  it.skipIf(!hasPspp)(
    hasPspp
      ? "load.sps runs in PSPP without running a payload, and sets exactly the documented labels"
      : "load.sps (skipped: no pspp)",
    () => {
      rmSync(canary, { force: true });
      writeFileSync(
        path.join(folder, "probe.sps"),
        "INCLUDE FILE='load.sps'.\nDISPLAY DICTIONARY.\nLIST /VARIABLES=story.\n",
      );
      const run = spawnSync("pspp", ["probe.sps", "-o", "out.csv"], { cwd: folder, encoding: "utf8" });
      expect(`${run.stdout}${run.stderr}`).toBe("");
      expect(existsSync(canary)).toBe(false);
      const output = readFileSync(path.join(folder, "out.csv"), "utf8");
      expect(psppTable(output, "Variables").map((row) => row[2])).toEqual(
        codebook.labels.map((entry) => entry.label.spss),
      );
      // Value labels, in dictionary order; a variable's first row names it by its variable label.
      const documented = codebook.labels.flatMap((entry) =>
        entry.values.map((value, index) => [
          index === 0 ? entry.label.spss : "",
          String(value.code),
          value.label.spss,
        ]),
      );
      // PSPP marks a user-missing value with a footnote (and writes a score's codes as 997.00), "[a]", explained in a last row.
      const valueLabels = psppTable(output, "Value Labels");
      const footnote = valueLabels.at(-1) ?? [];
      expect(footnote.join(" ")).toBe("Footnote: a. User-missing value");
      const listed = valueLabels.slice(0, -1);
      expect(
        listed.filter((row) => /^99[789]/.test(row[1] ?? "")).every((row) => row[1]?.endsWith("[a]")),
      ).toBe(true);
      expect(
        listed.map(([name, code, label]) => [name, String(Number(code?.replace(/\[a\]$/, ""))), label]),
      ).toEqual(documented);
      expect(psppTable(output, "Data List").map((row) => row[0]?.trimEnd())).toEqual([
        "'=cmd|' /C calc'!A0, \"quoted\"\u2028next",
        "plain",
      ]);
    },
    60_000,
  );

  it("load.do holds exactly the documented labels, with no macro, comment or line break Stata would act on", () => {
    const lines = files["load.do"]!.split("\n");
    const strings = (prefix: string) =>
      lines.filter((line) => line.startsWith(prefix)).map((line) => compoundStrings(line));
    for (const line of lines) {
      if (line.startsWith("*")) expect(compoundStrings(line), line).toEqual([]);
      else compoundStrings(line, / \/\/\/$| \/\/ CSV column \w+$/);
    }
    expect(lines.filter((line) => /^\s*(#delimit|shell|!|winexec|xshell)/.test(line))).toEqual([]);
    expect(strings("label variable ")).toEqual(codebook.labels.map((entry) => [entry.label.stata]));
    expect(strings("label define ")).toEqual(
      codebook.labels
        .filter((entry) => entry.values.length > 0)
        .map((entry) => entry.values.map((value) => value.label.stata)),
    );
  });
});
