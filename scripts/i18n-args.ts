import { parseArgs } from "node:util";
import { z } from "zod";
import { parseFlags } from "./cli-flags";

export const EXPORT_USAGE = `Usage:
  npm run i18n:export -- --survey <slug> [--version <n>] --lang <tag> [--out <file.xlf>] [--carry-over <old.xlf>]
  npm run i18n:export -- --definition <definition.json> --lang <tag> [--out <file.xlf>] [--carry-over <old.xlf>]

Writes an XLIFF 2.0 file for translating one definition version (the latest unless --version) and the interface
into <tag> (es, pt-BR, …), with the existing translations as targets. Default --out: <slug or id>-<tag>.xlf.
--definition reads a definition JSON file instead of the database (before a survey exists).
--carry-over takes the targets of an earlier file in the same language for the texts whose English is unchanged
(and keeps that file's notes); texts whose English changed are left for the translator.`;

export const IMPORT_USAGE = `Usage:
  npm run i18n:import -- <file.xlf> [<file.xlf> …] [--survey <slug> | --definition <definition.json>]
                         [--out <file.json>] [--catalog-dir <dir>]

Checks translated XLIFF files against the survey they were made for (its latest version, read from the database
at DATABASE_URL; --survey for a file made from a definition file before the survey existed) or against
--definition, and writes nothing unless every file passes. Then writes the definition with the new language(s)
to --out (default <slug or id>.translated.json; upload it in the lab as a new version) and each language's
interface translations to <catalog-dir>/<tag>.json (default app/i18n/translations).`;

const text = { type: "string" } as const;
const flag = { type: "boolean" } as const;

const exportSchema = z
  .object({
    survey: z.string().min(1).optional(),
    definition: z.string().min(1).optional(),
    version: z.coerce.number().int("--version must be a whole number").min(1).optional(),
    lang: z
      .string({ error: "--lang is required" })
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "--lang must be a language tag such as es or pt-BR")
      .refine(
        (tag) => tag !== "en",
        "--lang en is the source language: choose the language to translate into",
      ),
    out: z.string().min(1).optional(),
    "carry-over": z.string().min(1).optional(),
    help: z.boolean().default(false),
  })
  .superRefine((args, context) => {
    if (args.help) return;
    if (!args.survey === !args.definition)
      context.addIssue({ code: "custom", message: "give either --survey or --definition (one of them)" });
    if (args.version !== undefined && !args.survey)
      context.addIssue({ code: "custom", message: "--version goes with --survey" });
  });
export type ExportArgs = z.infer<typeof exportSchema>;

/** The export CLI's arguments, every problem on its own line. */
export function parseExportArgs(argv: string[]) {
  const options = {
    survey: text,
    definition: text,
    version: text,
    lang: text,
    out: text,
    "carry-over": text,
    help: flag,
  };
  if (argv.includes("--help")) return { ok: true as const, values: { help: true } as ExportArgs };
  return parseFlags(argv, options, exportSchema);
}

export type ImportArgs = {
  files: string[];
  survey?: string | undefined;
  definition?: string | undefined;
  out?: string | undefined;
  catalogDir: string;
};

/** The import CLI's arguments: one or more files, and the optional flags. */
export function parseImportArgs(
  argv: string[],
): { ok: true; values: ImportArgs } | { ok: false; message: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { survey: text, definition: text, out: text, "catalog-dir": text },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length === 0) return { ok: false, message: "give at least one .xlf file" };
    if (values.survey && values.definition)
      return { ok: false, message: "give --survey or --definition, not both" };
    return {
      ok: true,
      values: {
        files: positionals,
        survey: values.survey,
        definition: values.definition,
        out: values.out,
        catalogDir: values["catalog-dir"] ?? "app/i18n/translations",
      },
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
