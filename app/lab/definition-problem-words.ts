import type { z } from "zod";

type Issue = z.core.$ZodIssue;

/** What each kind of definition entry is called, and how one is named (by its id, or by its position). */
const ENTRY_NAMES: Record<string, string> = {
  pages: "page",
  items: "item",
  rows: "row",
  scales: "scale",
  derived: "derived variable",
  answerScales: "answer scale",
  options: "option",
  references: "reference",
  outcomes: "outcome",
};

const EXPECTED_WORDS: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

function valueKind(value: unknown): string {
  if (value === undefined) return "it is missing";
  if (value === null) return "it is null";
  if (Array.isArray(value)) return "it is a list";
  if (typeof value === "string") return "it is text";
  if (typeof value === "number") return Number.isInteger(value) ? "it is a whole number" : "it is a number";
  return `it is ${typeof value === "object" ? "an object" : typeof value}`;
}

const child = (value: unknown, key: PropertyKey): unknown =>
  value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;

/** "pages.1.items.1.options.0.code" → "Page “work”, item “role”, option 1, field “code”", ids read from the file. */
export function pathInWords(json: unknown, path: readonly PropertyKey[]): string {
  const words: string[] = [];
  let fields: string[] = []; // consecutive plain keys read as one dotted field name
  const flush = () => {
    if (fields.length > 0) words.push(`field “${fields.join(".")}”`);
    fields = [];
  };
  let value = json;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof next === "number") {
      flush();
      const item = child(child(value, key), next);
      const id = child(item, "id");
      const name = ENTRY_NAMES[String(key)];
      if (typeof id === "string" && id !== "") words.push(`${name ?? String(key)} “${id}”`);
      else words.push(name ? `${name} ${next + 1}` : `entry ${next + 1} of “${String(key)}”`);
      value = item;
      i++;
    } else {
      fields.push(String(key));
      value = child(value, key);
    }
  }
  flush();
  const text = words.join(", ") || "the file";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The problem in words a researcher reads; the schema's own messages are kept, zod's defaults are rephrased. */
function messageInWords(issue: Issue, value: unknown): string {
  if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return `must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, but ${valueKind(value)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
    case "too_big": {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const bound = issue.code === "too_small" ? "at least" : "at most";
      if (issue.origin === "string") return `must have ${bound} ${limit} characters`;
      if (issue.origin === "array") return `must have ${bound} ${limit} entries`;
      return `must be ${bound} ${limit}`;
    }
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} the format does not know: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "does not match any of the forms this entry can take";
    default:
      return issue.message;
  }
}

/** One validation problem of an uploaded definition: where (in words and as a JSON path) and what. */
export function problemInWords(json: unknown, issue: Issue): { path: string; message: string } {
  const value = issue.path.reduce<unknown>((current, key) => child(current, key), json);
  return {
    path: issue.path.length > 0 ? issue.path.join(".") : "(top level)",
    message: `${pathInWords(json, issue.path)}: ${messageInWords(issue, value)}.`,
  };
}
