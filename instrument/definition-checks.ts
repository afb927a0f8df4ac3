import type { z } from "zod";
import { analysisPlanReferenceProblems } from "./analysis-plan";
import { type Condition, conditionItemIds } from "./conditions";
import type { definitionObjectSchema } from "./definition-schema";
import { checkIdentificationCode } from "./identification-code-checks";
import { checkTranslations } from "./translation-checks";
import { answerFields, itemOptions } from "./traversal";

type Definition = z.output<typeof definitionObjectSchema>;
type Path = (string | number)[];
type Report = (message: string, path: Path) => void;

/**
 * Cross-reference rules the shape alone cannot express. Each problem is reported with
 * the path of the offending value, so an import can show "pages.3.items.2.scale: …".
 */
export function checkDefinitionReferences(definition: Definition, context: z.RefinementCtx): void {
  const report: Report = (message, path) => context.addIssue({ code: "custom", message, path });
  checkUniqueIds(definition, report);
  checkItems(definition, report);
  checkConditions(definition, report);
  checkScales(definition, report);
  checkIdentificationCode(definition, report);
  checkLanguages(definition, report);
  checkTranslations(definition, report);
  if (definition.analysisPlan)
    for (const problem of analysisPlanReferenceProblems(definition, definition.analysisPlan))
      report(problem.message, problem.path);
}

function checkUniqueIds(definition: Definition, report: Report) {
  const seen = new Set<string>();
  const claim = (id: string, path: Path) => {
    if (seen.has(id)) report(`the id "${id}" is used more than once`, path);
    seen.add(id);
  };
  definition.pages.forEach((page, p) => {
    claim(`page:${page.id}`, ["pages", p, "id"]);
    page.items.forEach((item, i) => {
      claim(item.id, ["pages", p, "items", i, "id"]);
      if (item.type === "matrix")
        item.rows.forEach((row, r) => claim(row.id, ["pages", p, "items", i, "rows", r, "id"]));
      // Multiple choice exports one 0/1 column per option, named item_code.
      if (item.type === "multiple")
        item.options.forEach((option, o) =>
          claim(`${item.id}_${option.code}`, ["pages", p, "items", i, "options", o, "code"]),
        );
    });
  });
  definition.scales.forEach((scale, s) => claim(scale.id, ["scales", s, "id"]));
  definition.derived.forEach((variable, d) => claim(variable.id, ["derived", d, "id"]));
}

function checkItems(definition: Definition, report: Report) {
  for (const [scaleId, scale] of Object.entries(definition.answerScales)) {
    const codes = scale.options.map((option) => option.code);
    if (new Set(codes).size !== codes.length)
      report("option codes must be unique", ["answerScales", scaleId, "options"]);
  }
  definition.pages.forEach((page, p) =>
    page.items.forEach((item, i) => {
      const path: Path = ["pages", p, "items", i];
      if ((item.type === "likert" || item.type === "matrix") && !definition.answerScales[item.scale]) {
        report(`answer scale "${item.scale}" is not defined in answerScales`, [...path, "scale"]);
      }
      if (item.type === "single" || item.type === "multiple") {
        const codes = item.options.map((option) => option.code);
        if (new Set(codes).size !== codes.length) report("option codes must be unique", [...path, "options"]);
      }
      if (item.type === "multiple") {
        const codes = new Set(item.options.map((option) => option.code));
        if ((item.maxSelected ?? Infinity) < (item.minSelected ?? 0))
          report("maxSelected is below minSelected", [...path, "maxSelected"]);
        item.exclusiveCodes.forEach((code, c) => {
          if (!codes.has(code))
            report(`exclusive code ${code} is not an option`, [...path, "exclusiveCodes", c]);
        });
      }
      if (item.type === "numeric" && item.min >= item.max) report("min must be below max", [...path, "max"]);
    }),
  );
  // Point at the offending "expected", not just the page.
  definition.pages.forEach((page, p) =>
    page.items.forEach((item, i) => {
      const codes = new Set((itemOptions(definition, item) ?? []).map((option) => option.code));
      const checkExpected = (id: string, expected: number | undefined, path: Path) => {
        if (expected !== undefined && !codes.has(expected)) {
          report(`attention check "${id}" expects code ${expected}, which is not one of its options`, [
            ...path,
            "attentionCheck",
            "expected",
          ]);
        }
      };
      if (item.type === "matrix")
        item.rows.forEach((row, r) =>
          checkExpected(row.id, row.attentionCheck?.expected, ["pages", p, "items", i, "rows", r]),
        );
      else if ("attentionCheck" in item)
        checkExpected(item.id, item.attentionCheck?.expected, ["pages", p, "items", i]);
    }),
  );
}

function checkConditions(definition: Definition, report: Report) {
  const pageOfField = new Map(answerFields(definition).map((field) => [field.id, field.pageIndex]));
  // Pages are plain HTML forms: a condition can only read answers given on earlier pages.
  const mustBeEarlier = (ids: string[], pageIndex: number, path: Path, allowSamePage = false) => {
    for (const id of ids) {
      const answeredOn = pageOfField.get(id);
      if (answeredOn === undefined) report(`condition refers to unknown item "${id}"`, path);
      else if (answeredOn > pageIndex || (answeredOn === pageIndex && !allowSamePage)) {
        report(`condition on "${id}" must refer to an item on an earlier page`, path);
      }
    }
  };
  const wordingsMustBeEarlier = (wordings: { when: Condition }[] | undefined, p: number, path: Path) =>
    wordings?.forEach((wording, w) =>
      mustBeEarlier(conditionItemIds(wording.when), p, [...path, "wordings", w, "when"]),
    );
  definition.pages.forEach((page, p) => {
    if (page.showIf) mustBeEarlier(conditionItemIds(page.showIf), p, ["pages", p, "showIf"]);
    if (page.screenOut)
      mustBeEarlier(conditionItemIds(page.screenOut.unless), p, ["pages", p, "screenOut"], true);
    wordingsMustBeEarlier(page.wordings, p, ["pages", p]);
    page.items.forEach((item, i) => {
      if (item.type === "identificationCode") return;
      if (item.showIf) mustBeEarlier(conditionItemIds(item.showIf), p, ["pages", p, "items", i, "showIf"]);
      wordingsMustBeEarlier(item.wordings, p, ["pages", p, "items", i]);
      if (item.type === "matrix")
        item.rows.forEach((row, r) =>
          wordingsMustBeEarlier(row.wordings, p, ["pages", p, "items", i, "rows", r]),
        );
    });
  });
}

function checkScales(definition: Definition, report: Report) {
  const fields = new Map(answerFields(definition).map((field) => [field.id, field]));
  const referenceIds = new Set(definition.references.map((reference) => reference.id));
  const scoreable = new Set<string>();
  definition.scales.forEach((scale, s) => {
    scale.items.forEach((id, i) => {
      const field = fields.get(id);
      if (!field) report(`scale item "${id}" does not exist`, ["scales", s, "items", i]);
      else if (!["likert", "matrix", "numeric"].includes(field.item.type)) {
        report(
          `scale item "${id}" is a ${field.item.type} item; only Likert, matrix rows and numeric items can be scored`,
          ["scales", s, "items", i],
        );
      } else if (field.attentionCheck)
        report(`scale item "${id}" is an attention check`, ["scales", s, "items", i]);
    });
    scale.reverse.forEach((id, r) => {
      if (!scale.items.includes(id))
        report(`reverse item "${id}" is not one of the scale's items`, ["scales", s, "reverse", r]);
    });
    if (scale.reference && !referenceIds.has(scale.reference))
      report(`reference "${scale.reference}" is not defined`, ["scales", s, "reference"]);
    scoreable.add(scale.id);
  });
  definition.derived.forEach((variable, d) =>
    variable.of.forEach((id, o) => {
      const field = fields.get(id);
      if (!scoreable.has(id) && field?.item.type !== "numeric") {
        report(`derived variable needs a numeric item or a scale, "${id}" is neither`, [
          "derived",
          d,
          "of",
          o,
        ]);
      }
    }),
  );
}

function checkLanguages(definition: Definition, report: Report) {
  if (!definition.languages.includes("en")) report("languages must include en", ["languages"]);
  const declared = new Set(definition.languages);
  const visit = (value: unknown, path: Path) => {
    if (Array.isArray(value)) return value.forEach((entry, index) => visit(entry, [...path, index]));
    if (typeof value !== "object" || value === null) return;
    const entries = Object.entries(value);
    const isText = "en" in value && entries.every(([, text]) => typeof text === "string");
    if (!isText) return entries.forEach(([key, entry]) => visit(entry, [...path, key]));
    for (const [language] of entries) {
      if (!declared.has(language))
        report(`text in "${language}", which is not in languages`, [...path, language]);
    }
  };
  visit(definition.pages, ["pages"]);
}
