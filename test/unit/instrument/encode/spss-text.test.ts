import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spssComment, spssString, wellFormed } from "../../../../instrument/encode";
import { hostileTexts } from "../../../fixtures/hostile-text";
import { psppTable } from "../../../support/pspp-output";

// GNU PSPP stands in for SPSS; HOST is allowed (no --safer), so a payload that escaped would run.
const hasPspp = spawnSync("pspp", ["--version"]).status === 0;
const folder = mkdtempSync(path.join(tmpdir(), "ns-spss-text-"));
const canary = path.join(folder, "CANARY");
const texts = hostileTexts(canary);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const bytes = (text: string) => Buffer.byteLength(text, "utf8");
/** What an SPSS string holds for the text: controls and line/paragraph separators as spaces, U+FFFD for lone surrogates. */
const held = (text: string) => wellFormed(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");

/** Runs syntax in PSPP with tables written as CSV; returns the CSV output and PSPP's own messages. */
function runPspp(syntax: string): { tables: string; messages: string } {
  writeFileSync(path.join(folder, "t.sps"), syntax);
  const run = spawnSync("pspp", ["t.sps", "-o", "out.csv"], { cwd: folder, encoding: "utf8" });
  return {
    tables: readFileSync(path.join(folder, "out.csv"), "utf8"),
    messages: `${run.stdout}${run.stderr}`,
  };
}

describe("spssString", () => {
  it("is one quoted piece per line, each within 60 characters and 256 bytes, with no control character", () => {
    for (const text of texts) {
      const lines = spssString(text).split("\n");
      for (const line of lines) {
        expect(line).toMatch(/^(    )?'([^']|'')*'( \+)?$/);
        expect(bytes(line)).toBeLessThanOrEqual(256);
        expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }
    }
    expect(spssString("It's")).toBe("'It''s'");
    expect(spssString("")).toBe("''");
    expect(spssString("a\r\nb\u2028c")).toBe("'a  b c'");
  });

  it.skipIf(!hasPspp)(
    hasPspp ? "reads back in PSPP as the same text, byte for byte" : "reads back in PSPP (skipped: no pspp)",
    () => {
      const short = texts.filter((text) => bytes(held(text)) <= 250);
      const names = short.map((_, index) => `v${index + 1}`);
      const { tables, messages } = runPspp(
        [
          `DATA LIST LIST /${names.join(" ")}.`,
          "BEGIN DATA",
          names.map(() => "1").join(" "),
          "END DATA.",
          "VARIABLE LABELS",
          ...short.map((text, index) => `  ${index === 0 ? "" : "/"}${names[index]} ${spssString(text)}`),
          ".",
          "DISPLAY DICTIONARY.",
          "",
        ].join("\n"),
      );
      expect(messages).toBe("");
      expect(psppTable(tables, "Variables").map((row) => row[2])).toEqual(short.map(held));
      expect(existsSync(canary)).toBe(false);
    },
    30_000,
  );
});

describe("spssComment", () => {
  it("is one comment command on one line, within 256 bytes, ending at its own period", () => {
    for (const text of texts) {
      const comment = spssComment(text);
      expect(comment).toMatch(/^\* [^\n]*[^.]\.$|^\* \.$/);
      expect(comment).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\/\*|\*\//);
      expect(bytes(comment)).toBeLessThanOrEqual(256);
    }
    expect(spssComment("Survey.\nHOST COMMAND=['id'].")).toBe("* Survey. HOST COMMAND=['id'].");
  });

  it.skipIf(!hasPspp)(
    hasPspp
      ? "keeps every payload inside its comment when PSPP runs the file"
      : "keeps payloads in comments (skipped: no pspp)",
    () => {
      const { tables, messages } = runPspp(
        [...texts.map(spssComment), "DATA LIST LIST /x.", "BEGIN DATA", "1", "END DATA.", "LIST.", ""].join(
          "\n",
        ),
      );
      expect(messages).toBe("");
      expect(tables).toContain("Table: Data List");
      expect(existsSync(canary)).toBe(false);
    },
    30_000,
  );
});
