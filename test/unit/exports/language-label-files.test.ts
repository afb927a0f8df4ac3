import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spssSyntax, stataSyntax, wideCsv } from "../../../exports";
import {
  labelFileLanguages,
  spssLanguageLabels,
  stataLanguageLabels,
} from "../../../exports/language-label-files";
import { buildLanguageFile, languageFiles, parseLanguageFile } from "../../../exports/language-file-export";
import { bilingualScalesInstrument } from "../../fixtures/bilingual-scales-instrument";
import { miniInstrument } from "../../fixtures/mini-instrument";

const hasPspp = spawnSync("pspp", ["--version"]).status === 0;
const folder = mkdtempSync(path.join(tmpdir(), "language-labels-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const response = (id: string, answers: Record<string, number>, language = "es") => ({
  id,
  instrumentVersion: 1,
  submittedOn: "2026-11-02",
  durationSeconds: 300,
  exclusions: [],
  isSynthetic: false,
  language,
  answers,
});

describe("label files per language", () => {
  it("are offered for each language besides English, and not at all for an English-only survey", () => {
    expect(labelFileLanguages(bilingualScalesInstrument)).toEqual(["es"]);
    expect(labelFileLanguages(miniInstrument)).toEqual([]);
  });

  it("label the same variables as the English loaders, in Spanish, with each scale's wording status", () => {
    const spss = spssLanguageLabels(bilingualScalesInstrument, "es");
    expect(spss.startsWith("\uFEFF* Encoding: UTF-8.\n")).toBe(true);
    expect(spss).toContain("/t1 'Me siento cansado.'");
    expect(spss).toContain("    3 'De acuerdo'");
    expect(spss).toContain("* Scale backing: draft translation by this project, not validated.");
    expect(spss).not.toContain("GET DATA");
    const stata = stataLanguageLabels(bilingualScalesInstrument, "es");
    expect(stata).toContain('label variable s1 `"Mi líder me respalda."\'');
    expect(stata).toContain("* Scale tired: validated translation: Pérez, A. (2020)");
    expect(stata).not.toContain("import delimited");
    // The English loaders keep their English labels.
    expect(spssSyntax(bilingualScalesInstrument)).toContain("/t1 'I feel tired.'");
    expect(stataSyntax(bilingualScalesInstrument)).toContain('label variable s1 `"My lead backs me."\'');
  });

  it("the data say which language each response was answered in, only when the survey offers more than one", () => {
    const rows = [response("r1", { t1: 1 }, "en"), response("r2", { t1: 2 }, "es")];
    const [header, first, second] = wideCsv(bilingualScalesInstrument, rows, { hiddenTexts: [] }).split(
      "\r\n",
    );
    const at = header!.split(",").indexOf("language");
    expect([first!.split(",")[at], second!.split(",")[at]]).toEqual(["en", "es"]);
    expect(wideCsv(miniInstrument, [], { hiddenTexts: [] }).split("\r\n")[0]).not.toContain("language");
  });

  it("are downloads with the codebook in the language, and only for a language the version offers", () => {
    expect(languageFiles(bilingualScalesInstrument).map((entry) => entry.file)).toEqual([
      "codebook-es.md",
      "labels-es.sps",
      "labels-es.do",
    ]);
    expect(languageFiles(miniInstrument)).toEqual([]);
    const input = { definition: bilingualScalesInstrument, coarsen: null, baseName: "bilingual-v1" };
    const codebook = buildLanguageFile("codebook-es.md", input)!;
    expect(codebook.fileName).toBe("bilingual-v1-codebook-es.md");
    expect(codebook.body).toContain("# Codebook: Encuesta sobre el trabajo");
    expect(codebook.body).toContain("Mi líder me respalda.");
    expect(codebook.body).toContain("draft translation by this project, not validated");
    expect(buildLanguageFile("labels-fr.sps", input)).toBeNull();
    expect(buildLanguageFile("labels-es.do", { ...input, definition: miniInstrument })).toBeNull();
    expect(parseLanguageFile("labels-es.md")).toBeNull();
    expect(parseLanguageFile("codebook-es.sps")).toBeNull();
    expect(parseLanguageFile("labels-../x.sps")).toBeNull();
  });

  it.skipIf(!hasPspp)(
    hasPspp
      ? "labels-es.sps runs in GNU PSPP after load.sps and relabels the data in Spanish"
      : "runs in GNU PSPP (skipped: pspp is not installed)",
    () => {
      const csv = "responses.csv";
      const answers = { t1: 1, t2: 2, t3: 3, s1: 3, s2: 2 };
      writeFileSync(
        path.join(folder, csv),
        wideCsv(bilingualScalesInstrument, [response("r1", answers), response("r2", { ...answers, s1: 1 })], {
          hiddenTexts: [],
        }),
      );
      writeFileSync(
        path.join(folder, "load.sps"),
        spssSyntax(bilingualScalesInstrument, { csvFileName: csv }),
      );
      writeFileSync(path.join(folder, "labels-es.sps"), spssLanguageLabels(bilingualScalesInstrument, "es"));
      writeFileSync(
        path.join(folder, "probe.sps"),
        [
          "INCLUDE FILE='load.sps'.",
          "INCLUDE FILE='labels-es.sps'.",
          "DISPLAY DICTIONARY /VARIABLES=t1 s1.",
          "LIST /VARIABLES=response_id language.",
          "FREQUENCIES /VARIABLES=s1.",
          "",
        ].join("\n"),
      );
      const output = execFileSync("pspp", ["-O", "format=txt", "-O", "width=200", "probe.sps"], {
        cwd: folder,
        encoding: "utf8",
      });
      expect(output).not.toMatch(/error|warning/i);
      expect(output).toContain("Me siento cansado.");
      expect(output).toContain("Mi líder me respalda.");
      expect(output).toContain("De acuerdo");
      expect(output).toContain("En desacuerdo");
      expect(output).not.toContain("My lead backs me.");
      expect(output).toMatch(/r1\s*\|es/);
    },
    30_000,
  );
});
