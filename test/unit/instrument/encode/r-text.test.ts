import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rComment, rString, wellFormed } from "../../../../instrument/encode";
import { hostileTexts } from "../../../fixtures/hostile-text";

const hasR = spawnSync("Rscript", ["--version"]).status === 0;
const folder = mkdtempSync(path.join(tmpdir(), "ns-r-text-"));
const canary = path.join(folder, "CANARY");
const texts = hostileTexts(canary);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const hex = (text: string) => Buffer.from(text, "utf8").toString("hex");

/** Runs an R script with source() (which, unlike the parser, also ends lines at a lone CR) and returns stdout. */
function sourceR(script: string): string {
  writeFileSync(path.join(folder, "script.R"), `${script}\n`);
  return execFileSync("Rscript", ["--vanilla", "-e", 'source("script.R")'], {
    cwd: folder,
    encoding: "utf8",
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
  });
}

describe("rString", () => {
  it("writes printable ASCII only, on one line, with every quote and backslash escaped", () => {
    for (const text of texts) {
      const literal = rString(text);
      expect(literal).toMatch(/^"[\x20-\x7e]*"$/);
      expect(literal.slice(1, -1).replace(/\\[\\"]/g, "")).not.toMatch(/["]/);
    }
    expect(rString('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
    expect(rString("\u2028\u0085😀")).toBe('"\\u{2028}\\u{0085}\\U{0001f600}"');
    expect(rString("\u0000\ud800")).toBe('"\\u{fffd}\\u{fffd}"');
  });

  it.skipIf(!hasR)(
    hasR
      ? "reads back in R as the same UTF-8 bytes (NUL and lone surrogates as U+FFFD)"
      : "reads back in R (skipped: no Rscript)",
    () => {
      const script = [
        `x <- c(${texts.map(rString).join(",\n  ")})`,
        'for (s in x) cat(paste(as.character(charToRaw(enc2utf8(s))), collapse = ""), "\\n", sep = "")',
      ].join("\n");
      const lines = sourceR(script).trimEnd().split("\n");
      expect(lines).toEqual(texts.map((text) => hex(wellFormed(text).replace(/\0/g, "\ufffd"))));
      expect(existsSync(canary)).toBe(false);
    },
    30_000,
  );
});

describe("rComment", () => {
  it("is one line of printable ASCII starting with #", () => {
    for (const text of texts) expect(rComment(text)).toMatch(/^# [\x20-\x7e]*$/);
    expect(rComment("Région\u2028x")).toBe("# R<U+00E9>gion x");
    expect(rComment(`Workplace survey\nsystem('id')\n#`)).toBe("# Workplace survey system('id') #");
  });

  it.skipIf(!hasR)(
    hasR
      ? "keeps every payload inside the comment when R sources the file"
      : "keeps payloads in the comment (skipped: no Rscript)",
    () => {
      const script = [
        ...texts.map(rComment),
        'cat("lines=", length(readLines("script.R")), "\\n", sep = "")',
      ].join("\n");
      expect(sourceR(script)).toBe(`lines=${texts.length + 1}\n`);
      expect(existsSync(canary)).toBe(false);
    },
    30_000,
  );
});
