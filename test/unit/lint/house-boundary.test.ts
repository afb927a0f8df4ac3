// The lint rule that keeps imports pointing one way (eslint.config.js, "house/analysis-boundary";
// decisions 019 and 021), run by ESLint's RuleTester on code placed in each folder: every invalid case
// would pass, and so fail here, if the restriction it names were dropped from the rule.
import path from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import { houseRules } from "../../../eslint.config.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = path.resolve(import.meta.dirname, "../../..");
const at = (file: string) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const rule = houseRules["analysis-boundary"];
const error = (message: RegExp) => ({ message });
const APP_OR_FRAMEWORK = error(/the app, the database or a framework/);
const ONE_WAY = error(/imports point one way, exports → analysis → instrument/);
const EXPORTS_ENTRY = error(/through the exports package's entry, exports\/index\.ts/);

tester.run("house/analysis-boundary", rule, {
  valid: [
    {
      filename: at("exports/wide-csv.ts"),
      code: `import { answerFields } from "../instrument/traversal";
import { recodeValue } from "../analysis/disclosure";
import type { Codebook } from "../instrument/codebook";
import { csvRecords } from "../instrument/encode/csv";`,
    },
    {
      filename: at("instrument/build-codebook.ts"),
      code: `import { z } from "zod";\nimport { answerFields } from "./traversal";`,
    },
    {
      filename: at("analysis/disclosure/k-anonymity.ts"),
      code: `import { answerFields } from "../../instrument/traversal";`,
    },
    { filename: at("app/lab/exports.server.ts"), code: `import { buildExportFile } from "../../exports";` },
    { filename: at("app/routes/lab.tsx"), code: `import type { ExportFile } from "../../exports/index";` },
    { filename: at("scripts/write-codebook.ts"), code: `const { wideCsv } = await import("../exports");` },
  ],
  invalid: [
    // exports/ is pure: no app, generated client, Prisma or Remix, static or dynamic.
    {
      filename: at("exports/x.ts"),
      code: `import { prisma } from "../app/db.server";`,
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: `import type { Survey } from "~/surveys/surveys.server";`,
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: `import { PrismaClient } from "../generated/prisma/client";`,
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: `import { Prisma } from "@prisma/client";`,
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: `import { json } from "@remix-run/node";`,
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: `export { prisma } from "../app/db.server";`,
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: `const db = await import("../app/db.server");`,
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: "const node = await import(`@remix-run/node`);",
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: `const m = await import("@prisma/client");`,
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: `type C = import("../generated/prisma/client").PrismaClient;`,
      errors: [APP_OR_FRAMEWORK],
    },
    {
      filename: at("exports/x.ts"),
      code: `const m = await import(where);`,
      errors: [error(/may import\(\) only a literal path/)],
    },
    // …and enters analysis/ through an entry, like everything outside it.
    {
      filename: at("exports/x.ts"),
      code: `import { latticeSearch } from "../analysis/disclosure/lattice-search";`,
      errors: [error(/entry of the analysis library/)],
    },
    // instrument/ imports neither exports/ nor analysis/, static or dynamic; analysis/ does not import exports/.
    {
      filename: at("instrument/x.ts"),
      code: `import { exportColumns } from "../exports";`,
      errors: [ONE_WAY],
    },
    {
      filename: at("instrument/columns/x.ts"),
      code: `import type { ExportColumn } from "../../exports/export-column-types";`,
      errors: [ONE_WAY],
    },
    {
      filename: at("instrument/x.ts"),
      code: `import { recodeValue } from "../analysis/disclosure";`,
      errors: [ONE_WAY],
    },
    {
      filename: at("instrument/x.ts"),
      code: `const m = await import("../exports/wide-csv");`,
      errors: [ONE_WAY],
    },
    { filename: at("instrument/x.ts"), code: `const m = await import("../analysis");`, errors: [ONE_WAY] },
    { filename: at("analysis/x.ts"), code: `import { wideCsv } from "../exports";`, errors: [ONE_WAY] },
    // Outside exports/, only its entry.
    {
      filename: at("app/lab/x.server.ts"),
      code: `import { exportRows } from "../../exports/export-rows";`,
      errors: [EXPORTS_ENTRY],
    },
    {
      filename: at("app/lab/x.server.ts"),
      code: `export * from "../../exports/export-types";`,
      errors: [EXPORTS_ENTRY],
    },
    {
      filename: at("app/lab/x.server.ts"),
      code: `const m = await import("../../exports/wide-csv");`,
      errors: [EXPORTS_ENTRY],
    },
    {
      filename: at("app/lab/x.server.ts"),
      code: `type R = import("../../exports/export-types").ExportResponse;`,
      errors: [EXPORTS_ENTRY],
    },
    {
      filename: at("scripts/x.ts"),
      code: `import { spssSyntax } from "../exports/spss-syntax";`,
      errors: [EXPORTS_ENTRY],
    },
  ],
});
