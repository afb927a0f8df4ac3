import { z } from "zod";

/**
 * What a published finding freezes: every number, chart and methods statement a reader
 * sees. Later responses never change it; re-publishing makes a new version.
 * Stored as JSON in FindingVersion.snapshot and validated again whenever it is read.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

const cellSchema = z.union([z.string(), z.number(), z.null()]);

export const snapshotTableSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string().optional() })).min(1),
  rows: z.array(z.record(z.string(), cellSchema)),
  /** Column holding the number of respondents behind each row, for the low-precision flag. */
  nColumn: z.string().optional(),
  note: z.string().optional(),
});
export type SnapshotTable = z.infer<typeof snapshotTableSchema>;

/**
 * A chart's phone layout (decision 036): 320 px wide with larger type, rendered when publishing like the wide
 * one. The page links to its SVG (`<id>.narrow.svg`) rather than inlining it; width and height are the SVG's.
 */
export const narrowChartSchema = z.object({
  spec: z.record(z.string(), z.unknown()),
  svg: z.string().startsWith("<svg"),
  width: z.number().positive(),
  height: z.number().positive(),
});
export type NarrowChart = z.infer<typeof narrowChartSchema>;

export const snapshotChartSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  altText: z.string().min(1),
  /** The vega-lite spec with its (already suppressed) data inline. */
  spec: z.record(z.string(), z.unknown()),
  /** Server-rendered SVG, shown as is with JavaScript off. */
  svg: z.string().startsWith("<svg"),
  /** Absent from findings published before decision 036: phones then get the wide chart, scaled down. */
  narrow: narrowChartSchema.optional(),
  table: snapshotTableSchema,
});
export type SnapshotChart = z.infer<typeof snapshotChartSchema>;

export const methodsSchema = z.object({
  sponsor: z.string(),
  population: z.string(),
  recruitment: z.string(),
  sampleType: z.string(),
  instrument: z.object({
    title: z.string(),
    version: z.number().int(),
    contentHash: z.string(),
    codebookUrl: z.string(),
    /** the instrument versions whose responses were pooled (decision 032); absent in snapshots made before */
    pooledVersions: z.array(z.number().int()).optional(),
  }),
  fieldwork: z.object({ from: z.string(), to: z.string() }),
  mode: z.string(),
  counts: z.object({
    started: z.number().int().nullable(),
    completed: z.number().int(),
    analysed: z.number().int(),
  }),
  subgroups: z.array(
    z.object({ label: z.string(), n: z.number().int().nullable(), note: z.string().optional() }),
  ),
  exclusions: z.array(z.object({ reason: z.string(), count: z.number().int(), rule: z.string() })),
  missingData: z.string(),
  tests: z.array(z.string()),
  correction: z.string(),
  smallCellRule: z.string(),
  caveats: z.array(z.string()),
  /** The analysis settings needed to reproduce the numbers (seed, bootstrap resamples, software). */
  reproducibility: z.string(),
});
export type FindingMethods = z.infer<typeof methodsSchema>;

export const findingSnapshotSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  headline: z.object({
    sentence: z.string().min(1),
    effect: z
      .object({ label: z.string(), estimate: z.number(), ci95: z.tuple([z.number(), z.number()]) })
      .nullable(),
  }),
  minCellSize: z.number().int().min(1),
  charts: z.array(snapshotChartSchema),
  tables: z.array(snapshotTableSchema).default([]),
  methods: methodsSchema,
  citation: z.object({ authors: z.string(), publisher: z.string() }),
});
export type FindingSnapshot = z.infer<typeof findingSnapshotSchema>;
export type FindingSnapshotInput = z.input<typeof findingSnapshotSchema>;
