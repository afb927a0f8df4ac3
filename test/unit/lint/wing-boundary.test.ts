import path from "node:path";
import { type ESLint, Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import config from "../../../eslint.config.js";

// The rule as eslint.config.js defines it, run on made-up files at real places in app/ (decision 022).
const root = path.resolve(import.meta.dirname, "../../..");
const house = config.find((block) => block.plugins?.house)?.plugins?.house as ESLint.Plugin | undefined;
const linter = new Linter({ configType: "flat", cwd: root });

function problems(file: string, code: string): string[] {
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts", "**/*.tsx"],
        languageOptions: { parser: tseslint.parser },
        plugins: { house: house! },
        rules: { "house/wing-boundary": "error" },
      },
    ],
    { filename: path.join(root, file) },
  );
  return messages.map((message) => message.message);
}

describe("house/wing-boundary", () => {
  it("is part of the project's lint configuration", () => {
    expect(Object.keys(house?.rules ?? {})).toContain("wing-boundary");
  });

  it("refuses a wing importing another wing's file, statically, as a type, or with import()", () => {
    const findings = "app/findings/example.server.ts";
    expect(problems(findings, 'import { loadDataQuality } from "~/lab/data-quality.server";')).toEqual([
      'the findings wing may not import "~/lab/data-quality.server" from the lab wing: move what both need to a shared module, or add a door to WING_DOORS (decision 022)',
    ]);
    expect(problems(findings, 'import type { Draft } from "../respondent/drafts.server";')).toHaveLength(1);
    expect(problems(findings, 'export { signOut } from "~/auth/sign-out.server";')).toHaveLength(1);
    expect(problems(findings, 'const m = await import("~/lab/survey-admin.server");')).toHaveLength(1);
    expect(problems(findings, 'type Session = import("~/auth/session.server").LabSession;')).toHaveLength(1);
    expect(problems(findings, "const m = await import(`~/${wing}/x`);")).toEqual([
      "the findings wing may import() only a literal path",
    ]);
  });

  it("refuses a shared module importing a wing, and domain code importing UI", () => {
    expect(
      problems("app/surveys/example.server.ts", 'import { x } from "~/respondent/drafts.server";'),
    ).toEqual([expect.stringContaining("the shared module app/surveys may not import")]);
    expect(problems("app/db.server.ts", 'import { x } from "./lab/lab-surveys.server";')).toHaveLength(1);
    expect(
      problems("app/lab/example.ts", 'import type { P } from "~/components/findings/finding-page";'),
    ).toEqual([
      'the lab wing may not import "~/components/findings/finding-page": domain code imports no UI',
    ]);
  });

  it("lets a wing import its own files, shared modules, packages and the listed doors", () => {
    const lab = "app/lab/example.server.ts";
    expect(
      problems(
        lab,
        [
          'import { z } from "zod";',
          'import { thresholdText } from "./quality-detail";',
          'import { prisma } from "~/db.server";',
          'import { findSurveyBySlug } from "~/surveys/surveys.server";',
          'import { calendarDay } from "~/privacy/calendar-day.server";',
          'import { issueInvitationCodes } from "~/invitations/lab-invitations.server";',
          'import { renderChartSvg } from "../../analysis/render";',
          'import { recordAuditEvent } from "~/audit/audit.server";',
          'import { requireResearcherId } from "~/auth/session.server";',
        ].join("\n"),
      ),
    ).toEqual([]);
    // A door is for the wing it names: the respondent wing has no way into the researcher's session.
    expect(problems("app/respondent/example.ts", 'import { x } from "~/auth/session.server";')).toHaveLength(
      1,
    );
  });

  it("lets routes and components import any wing, and leaves files outside app/ alone", () => {
    const imports =
      'import { a } from "~/lab/data-quality.server";\nimport { b } from "~/respondent/drafts.server";';
    expect(problems("app/routes/lab.surveys.$slug.quality.tsx", imports)).toEqual([]);
    expect(problems("app/components/quality/example.tsx", imports)).toEqual([]);
    expect(problems("app/root.tsx", imports)).toEqual([]);
    expect(problems("scripts/example.ts", 'import { a } from "../app/lab/data-quality.server";')).toEqual([]);
  });
});
