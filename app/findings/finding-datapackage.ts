import type { FindingSnapshot, SnapshotTable } from "./finding-snapshot";

function fieldType(table: SnapshotTable, key: string): "number" | "string" {
  return table.rows.every(
    (row) => row[key] === null || row[key] === undefined || typeof row[key] === "number",
  )
    ? "number"
    : "string";
}

/** Every aggregate table a finding version publishes: each chart's data table, then the extra tables. */
export function findingTables(snapshot: FindingSnapshot): SnapshotTable[] {
  return [
    ...snapshot.charts.map((chart) => ({ ...chart.table, id: chart.id, title: chart.title })),
    ...snapshot.tables,
  ];
}

/** A Frictionless Data Package describing the version's aggregate CSV tables. */
export function findingDataPackage(input: {
  slug: string;
  version: number;
  title: string;
  permalink: string;
  snapshot: FindingSnapshot;
  isSynthetic: boolean;
}) {
  return {
    profile: "tabular-data-package",
    name: `negative-space-${input.slug}-v${input.version}`,
    title: input.title,
    version: String(input.version),
    homepage: input.permalink,
    description: `${input.isSynthetic ? "SYNTHETIC DEMO DATA. " : ""}Aggregate tables of a Negative Space finding. Groups with fewer than ${input.snapshot.minCellSize} respondents are suppressed (empty cells, explained in the note column).`,
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0",
      },
    ],
    resources: findingTables(input.snapshot).map((table) => ({
      name: table.id,
      path: `data/${table.id}.csv`,
      profile: "tabular-data-resource",
      title: table.title,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: table.columns.map((column) => ({
          name: column.key,
          title: column.label,
          type: fieldType(table, column.key),
          ...(column.unit ? { description: `Unit: ${column.unit}` } : {}),
        })),
        missingValues: [""],
      },
    })),
  };
}
