import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type Coarsening, dataPackageJson, exportColumns, wideCsv } from "../../../exports";
import { fieldsById } from "../../../instrument/traversal";
import { exportInstrument, exportResponse } from "../../fixtures/export-instrument";

type Field = {
  name: string;
  type: string;
  title?: string;
  description?: string;
  constraints?: { enum?: number[]; minimum?: number; maximum?: number };
  categories?: { value: number; label: string }[];
};
type Descriptor = {
  profile: string;
  name: string;
  resources: {
    name: string;
    path: string;
    profile: string;
    schema: { fields: Field[]; missingValues: string[]; primaryKey: string[] };
  }[];
};

const responses = [
  exportResponse("r1", {
    consent: 1,
    adult: 1,
    years: 4,
    role: 2,
    region: 99,
    a_very_long_multiple_choice_item: [1],
    b1: 2,
    protect: "ok",
  }),
  exportResponse(
    "r2",
    { consent: 1, adult: 1, years: 30, role: 9, region: 1 },
    { isSynthetic: true, exclusions: ["manual"] },
  ),
];

function check(coarsen: Coarsening | null) {
  const descriptor = JSON.parse(
    dataPackageJson(exportInstrument, { coarsen, csvFileName: "x-responses.csv" }),
  ) as Descriptor;
  const csv = wideCsv(exportInstrument, responses, { hiddenTexts: [], coarsen });
  const header = csv.slice(0, csv.indexOf("\r\n")).split(",");
  const resource = descriptor.resources[0]!;
  const fields = resource.schema.fields;
  // Every CSV column is described, in order (Table Schema's default fieldsMatch "exact").
  expect(fields.map((field) => field.name)).toEqual(header);
  // Every value in the CSV is allowed by its field: enums, ranges, types.
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  for (const field of fields) {
    for (const row of rows) {
      const cell = row[field.name] ?? "";
      if (resource.schema.missingValues.includes(cell)) continue;
      if (field.type === "integer") expect(cell, field.name).toMatch(/^-?\d+$/);
      if (field.type === "number") expect(Number.isFinite(Number(cell)), field.name).toBe(true);
      if (field.type === "date") expect(cell).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (field.type === "boolean") expect(["0", "1"]).toContain(cell);
      if (field.constraints?.enum) expect(field.constraints.enum, field.name).toContain(Number(cell));
    }
  }
  return { descriptor, fields };
}

describe("dataPackageJson", () => {
  it("is a tabular data package whose one resource is the CSV, with response_id as primary key", () => {
    const { descriptor } = check(null);
    expect(descriptor).toMatchObject({ profile: "tabular-data-package", name: "export-test" });
    expect(descriptor.resources[0]).toMatchObject({
      name: "responses",
      path: "x-responses.csv",
      profile: "tabular-data-resource",
      // An empty cell and the missing-data codes (not shown, no score, skipped) are missing values.
      schema: { missingValues: ["", "997", "998", "999"], primaryKey: ["response_id"] },
    });
  });

  it("gives coded fields the definition's codes as enum and their labels as categories", () => {
    const { fields } = check(null);
    const definitionFields = fieldsById(exportInstrument);
    for (const field of fields.filter((candidate) => definitionFields.get(candidate.name)?.options)) {
      const options = definitionFields.get(field.name)!.options!;
      expect(field.constraints?.enum, field.name).toEqual(options.map((option) => option.code));
      expect(field.categories, field.name).toEqual(
        options.map((option) => ({ value: option.code, label: option.label.en })),
      );
      expect(field.title).toBe(definitionFields.get(field.name)!.text.en);
    }
    const byName = new Map(fields.map((field) => [field.name, field]));
    expect(byName.get("a_very_long_multiple_choice_item_96")?.constraints?.enum).toEqual([0, 1]);
    expect(byName.get("years")).toMatchObject({ type: "number", constraints: { minimum: 0, maximum: 50 } });
    expect(byName.get("b1")).toMatchObject({ categoriesOrdered: true });
    expect(byName.get("strain_score")).toMatchObject({ type: "number" });
    expect(byName.get("is_synthetic")).toMatchObject({
      type: "boolean",
      trueValues: ["1"],
      falseValues: ["0"],
    });
  });

  it("describes the coarsened columns when the export is coarsened", () => {
    const coarsen = {
      k: 2,
      recodes: {
        years: {
          kind: "bands" as const,
          bands: [
            { code: 1, label: "0–5 years", lower: null, upper: 5 },
            { code: 2, label: "more than 5 years", lower: 5, upper: null },
          ],
        },
        role: {
          kind: "merge" as const,
          merged: [2, 9],
          otherCode: 990,
          otherLabel: "Other (merged for anonymity): Lead; Prefer not to say",
        },
      },
    };
    const { fields, descriptor } = check(coarsen);
    const byName = new Map(fields.map((field) => [field.name, field]));
    expect(byName.get("years_band")?.constraints?.enum).toEqual([1, 2]);
    expect(byName.get("role")?.constraints?.enum).toEqual([1, 3, 990]);
    expect(byName.get("years_before_leaving")?.description).toContain("Suppressed");
    expect(JSON.stringify(descriptor)).toContain("Coarsened for 2-anonymity");
    expect(exportColumns(exportInstrument, coarsen).map((column) => column.name)).toContain("years_band");
  });
});
