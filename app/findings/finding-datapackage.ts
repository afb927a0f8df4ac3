import {
  FINDINGS_LICENCE,
  PROJECT_NAME,
  type DownloadProvenance,
  provenanceMetadata,
} from "./download-provenance";
import type { FindingSnapshot, SnapshotChart, SnapshotTable } from "./finding-snapshot";
import { csvTable } from "./table-csv";

/** Every aggregate table a finding version publishes: each chart's data table, then the extra tables. */
export function findingTables(
  snapshot: Pick<FindingSnapshot, "tables"> & {
    charts: Pick<SnapshotChart, "id" | "title" | "table">[];
  },
): SnapshotTable[] {
  return [
    ...snapshot.charts.map((chart) => ({ ...chart.table, id: chart.id, title: chart.title })),
    ...snapshot.tables,
  ];
}

/**
 * A Frictionless Data Package describing the version's aggregate CSV tables: the licence, the source (the
 * version's permalink), the provenance (`negativeSpace`, with the synthetic flag) and, per table, the CSV
 * dialect (`commentChar: "#"` for the provenance lines atop each file) and the fields as the CSV has them.
 */
export function findingDataPackage(input: DownloadProvenance & { slug: string; snapshot: FindingSnapshot }) {
  return {
    profile: "tabular-data-package",
    name: `negative-space-${input.slug}-v${input.version}`,
    title: input.title,
    version: String(input.version),
    homepage: input.permalink,
    description: `${input.isSynthetic ? "SYNTHETIC DEMO DATA. " : ""}Aggregate tables of a Negative Space finding. Groups with fewer than ${input.snapshot.minCellSize} respondents are suppressed (empty cells, explained in the note column).`,
    licenses: [FINDINGS_LICENCE],
    sources: [{ title: `${PROJECT_NAME}: ${input.title}, version ${input.version}`, path: input.permalink }],
    negativeSpace: provenanceMetadata(input),
    resources: findingTables(input.snapshot).map((table) => ({
      name: table.id,
      path: `data/${table.id}.csv`,
      profile: "tabular-data-resource",
      title: table.title,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", header: true, commentChar: "#" },
      schema: {
        fields: csvTable(table).columns.map((column) => ({
          name: column.name,
          title: column.title,
          type: column.type,
          ...(column.unit ? { description: `Unit: ${column.unit}` } : {}),
        })),
        missingValues: [""],
      },
    })),
  };
}
