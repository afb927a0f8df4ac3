import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rSyntax, wideCsv } from "../../../exports";
import { exportInstrument, exportResponse } from "../../fixtures/export-instrument";

const hasR = spawnSync("Rscript", ["--version"]).status === 0;
const folder = mkdtempSync(path.join(tmpdir(), "ns-load-r-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const responses = [
  exportResponse(
    "r1",
    {
      consent: 1,
      adult: 1,
      years: 12.5,
      role: 3,
      region: 99,
      a_very_long_multiple_choice_item: [96],
      with: 1,
      b1: 1,
      recovery: 9,
      protect: 'She said "enough", twice',
    },
    { exclusions: ["manual", "speeder"] },
  ),
  exportResponse("r2", { consent: 1, adult: 1, years: 2, role: 1, region: 1 }, { isSynthetic: true }),
];

// Prints what the script loaded, one fact per line, so the test can compare it with the definition.
const PROBE = `
source("load.R")
cat("names=", paste(names(responses), collapse = ","), "\\n", sep = "")
cat("rows=", nrow(responses), "\\n", sep = "")
cat("classes=", paste(vapply(responses[c("years", "role", "submitted_on", "excluded", "protect", "strain_score")], function(x) class(x)[1], ""), collapse = ","), "\\n", sep = "")
cat("years_label=", attr(responses$years, "label"), "\\n", sep = "")
cat("region_labels=", paste(names(attr(responses$region, "labels")), collapse = "|"), "\\n", sep = "")
cat("region_codes=", paste(attr(responses$region, "labels"), collapse = ","), "\\n", sep = "")
cat("role_factor=", paste(as.character(ns_factor(responses$role)), collapse = ","), "\\n", sep = "")
cat("mc_label=", attr(responses$a_very_long_multiple_choice_item_96, "label"), "\\n", sep = "")
cat("excluded=", paste(responses$excluded, collapse = ","), "\\n", sep = "")
cat("protect=", responses$protect[1], "\\n", sep = "")
cat("missing_b1=", is.na(responses$b1[2]), "\\n", sep = "")
reason <- function(x, i) paste(is.na(x[i]), as.character(attr(x, "na_reason")[i]), sep = "|")
cat("b1_r2=", reason(responses$b1, 2), "\\n", sep = "")
cat("since_left_r2=", reason(responses$since_left, 2), "\\n", sep = "")
cat("since_left_r1=", reason(responses$since_left, 1), "\\n", sep = "")
cat("recovery_r1=", reason(responses$recovery, 1), "\\n", sep = "")
cat("strain_r2=", reason(responses$strain_score, 2), "\\n", sep = "")
cat("years_r1=", reason(responses$years, 1), "\\n", sep = "")
cat("recovery_levels=", paste(levels(ns_factor(responses$recovery)), collapse = "|"), "\\n", sep = "")
cat("max_since_left=", max(c(-1, responses$since_left), na.rm = TRUE), "\\n", sep = "")
`;

function runR(): Map<string, string> {
  writeFileSync(
    path.join(folder, "responses.csv"),
    wideCsv(exportInstrument, responses, { hiddenTexts: [] }),
  );
  writeFileSync(path.join(folder, "load.R"), rSyntax(exportInstrument));
  writeFileSync(path.join(folder, "probe.R"), PROBE);
  const output = execFileSync("Rscript", ["--vanilla", "probe.R"], {
    cwd: folder,
    encoding: "utf8",
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
  });
  return new Map(
    output
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

describe("rSyntax", () => {
  it("is plain ASCII, with non-ASCII label text as \\u escapes", () => {
    const script = rSyntax(exportInstrument);
    expect(/^[\x00-\x7f]*$/.test(script)).toBe(true);
    expect(script).toContain("R\\u{00e9}gion (o\\u{00f9} vous travaillez)");
    expect(script).toContain('"years" = "numeric"');
  });

  it.skipIf(!hasR)(
    hasR
      ? "loads the CSV in R with variable labels, value labels and types"
      : "loads the CSV in R (skipped: Rscript is not on PATH)",
    () => {
      const facts = runR();
      expect(facts.get("names")).toBe(wideCsv(exportInstrument, [], { hiddenTexts: [] }).trim());
      expect(facts.get("rows")).toBe("2");
      expect(facts.get("classes")).toBe("numeric,integer,Date,character,character,numeric");
      expect(facts.get("years_label")).toBe(exportInstrument.pages[1]!.items[0]!.text.en);
      expect(facts.get("region_labels")).toBe(
        `Europe|Asia|Oceania|Don't say — 'quoted' "twice" $HOME \`x'|Not shown (routed past by branching)|Shown, not answered`,
      );
      expect(facts.get("region_codes")).toBe("1,2,3,99,997,999");
      expect(facts.get("role_factor")).toBe("Left support,Agent");
      expect(facts.get("mc_label")).toBe("Channels — Another channel");
      expect(facts.get("excluded")).toBe("manual;speeder,");
      expect(facts.get("protect")).toBe('She said "enough", twice');
      expect(facts.get("missing_b1")).toBe("TRUE");
      // Missing-data codes and "don't know" codes are NA in R, each with its reason kept in attr(, "na_reason").
      expect(facts.get("b1_r2")).toBe("TRUE|Shown, not answered");
      expect(facts.get("since_left_r2")).toBe("TRUE|Not shown (routed past by branching)");
      expect(facts.get("since_left_r1")).toBe("TRUE|Shown, not answered");
      expect(facts.get("recovery_r1")).toBe("TRUE|Don't know");
      expect(facts.get("strain_r2")).toBe("TRUE|No score (too few items answered)");
      expect(facts.get("years_r1")).toBe("FALSE|NA");
      expect(facts.get("recovery_levels")).toBe("Strongly disagree|Disagree|Neither|Agree|Strongly agree");
      expect(facts.get("max_since_left")).toBe("-1"); // no 997 or 999 left to count as a value
      expect(readFileSync(path.join(folder, "responses.csv"), "utf8")).toMatch(/\r\nr2,(?:[^,]*,)*997,/);
    },
    30_000,
  );
});
