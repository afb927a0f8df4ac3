// Writes the default instrument's codebook to docs/ (tsx scripts/write-codebook.ts).
// With --check it writes nothing and exits 1 when the committed file is out of date.
import "./cli-environment";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CODEBOOK_PATH, defaultCodebookMarkdown } from "../instrument/default-instrument";

const file = path.resolve(DEFAULT_CODEBOOK_PATH);
const markdown = defaultCodebookMarkdown();

if (process.argv.includes("--check")) {
  const current = existsSync(file) ? readFileSync(file, "utf8") : null;
  if (current !== markdown) {
    console.error(`${DEFAULT_CODEBOOK_PATH} is out of date: run npx tsx scripts/write-codebook.ts`);
    process.exit(1);
  }
  console.log(`${DEFAULT_CODEBOOK_PATH} is up to date.`);
} else {
  writeFileSync(file, markdown);
  console.log(`Wrote ${DEFAULT_CODEBOOK_PATH}.`);
}
