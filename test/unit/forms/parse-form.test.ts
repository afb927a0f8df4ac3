import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CSRF_FIELD_NAME } from "~/forms/csrf-field";
import { readFormReply, summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm, SENT_TWICE } from "~/forms/parse-form";

const schema = z
  .object({
    name: z.string().trim().min(1, "Give a name."),
    age: z.coerce.number({ error: "Give an age from 1 to 120." }).int().min(1).max(120),
    password: z.string().min(8, "Use at least 8 characters."),
    colours: z.array(z.enum(["red", "blue"], "Choose red or blue.")).min(1, "Choose a colour."),
    note: z.string().default("none"),
  })
  .refine((form) => form.name !== form.password, "The password must not be the name.");

const form = (fields: [string, string][]) => new URLSearchParams(fields);
const options = { arrays: ["colours"], secrets: ["password"] } as const;

describe("parseForm", () => {
  it("gives the parsed value and the values as sent, without secrets or the CSRF token", () => {
    const read = parseForm(
      form([
        ["name", " Ana "],
        ["age", "40"],
        ["password", "long enough"],
        ["colours", "red"],
        [CSRF_FIELD_NAME, "t"],
      ]),
      schema,
      options,
    );
    expect(read).toEqual({
      ok: true,
      value: { name: "Ana", age: 40, password: "long enough", colours: ["red"], note: "none" },
      values: { name: " Ana ", age: "40", colours: ["red"] },
    });
  });

  it("refuses in one shape: one message per field by name, the pathless one as the form's error", () => {
    const read = parseForm(
      form([
        ["name", ""],
        ["age", "0"],
        ["password", "short"],
        ["colours", "green"],
      ]),
      schema,
      options,
    );
    expect(read).toEqual({
      ok: false,
      failure: {
        status: "error",
        fieldErrors: {
          name: "Give a name.",
          age: "Give an age from 1 to 120.",
          password: "Use at least 8 characters.",
          colours: "Choose red or blue.",
        },
        formError: null,
        values: { name: "", age: "0", colours: ["green"] },
      },
    });
    const same = parseForm(
      form([
        ["name", "samesame"],
        ["age", "5"],
        ["password", "samesame"],
        ["colours", "blue"],
      ]),
      schema,
      options,
    );
    expect(same.ok || same.failure).toMatchObject({
      fieldErrors: {},
      formError: "The password must not be the name.",
    });
  });

  it("reads an unticked checkbox group as none chosen, not as a missing field", () => {
    const read = parseForm(
      form([
        ["name", "Ana"],
        ["age", "40"],
        ["password", "long enough"],
      ]),
      schema,
      options,
    );
    expect(read.ok || read.failure.fieldErrors).toEqual({ colours: "Choose a colour." });
  });

  it("refuses a one-value field sent twice instead of picking the first or the last", () => {
    const read = parseForm(
      form([
        ["name", "Ana"],
        ["name", "Eve"],
        ["age", "40"],
        ["password", "long enough"],
        ["colours", "red"],
      ]),
      schema,
      options,
    );
    expect(read.ok || read.failure).toEqual({
      status: "error",
      fieldErrors: { name: SENT_TWICE },
      formError: null,
      values: { age: "40", colours: ["red"] },
    });
  });

  it("leaves files out, and with emptyIsMissing lets an empty field take its default", () => {
    const body = new FormData();
    body.append("name", new File(["x"], "name.txt"));
    body.append("note", "");
    const read = parseForm(
      body,
      z.object({ name: z.string().optional(), note: z.string().default("none") }),
      { emptyIsMissing: true },
    );
    expect(read).toEqual({ ok: true, value: { note: "none" }, values: {} });
  });
});

describe("the reply a page reads", () => {
  it("is answered with its status: 400 by default, another for refusals that are not about the fields", () => {
    const refused = formFailure({ fieldErrors: { name: "Give a name." }, values: { name: "" } });
    expect(refused.init?.status).toBe(400);
    expect(refused.data).toEqual({
      status: "error",
      fieldErrors: { name: "Give a name." },
      formError: null,
      values: { name: "" },
    });
    const paused = formFailure(
      { formError: "Try again later." },
      { status: 429, headers: { "Retry-After": "60" } },
    );
    expect([paused.init?.status, new Headers(paused.init?.headers).get("Retry-After")]).toEqual([429, "60"]);
    expect(paused.data).toEqual({
      status: "error",
      fieldErrors: {},
      formError: "Try again later.",
      values: {},
    });
    expect(formSuccess("Done.", { codes: ["A"] }).data).toEqual({
      status: "success",
      notice: "Done.",
      result: { codes: ["A"] },
    });
  });

  it("reads the same whether it failed, succeeded or is absent", () => {
    const failed = readFormReply({
      status: "error",
      fieldErrors: { a: "A?" },
      formError: "Form?",
      values: { a: "1" },
    });
    expect(failed).toEqual({
      failed: true,
      fieldErrors: { a: "A?" },
      formError: "Form?",
      values: { a: "1" },
      notice: null,
      result: null,
    });
    expect(readFormReply({ status: "success", notice: "Done.", result: 3 })).toEqual({
      failed: false,
      fieldErrors: {},
      formError: null,
      values: {},
      notice: "Done.",
      result: 3,
    });
    expect(readFormReply(undefined)).toEqual({
      failed: false,
      fieldErrors: {},
      formError: null,
      values: {},
      notice: null,
      result: null,
    });
  });

  it("lists the form error first, then the fields in form order linked to their controls, then any other message", () => {
    const reply = readFormReply({
      status: "error",
      fieldErrors: { intent: "Unknown action.", b: "B?", a: "A?" },
      formError: "Form?",
      values: {},
    });
    const fields = [
      { name: "a", id: "f-a", label: "First" },
      { name: "b", id: "f-b" },
    ];
    expect(summaryProblems(reply, fields, "f-a")).toEqual([
      { message: "Form?", fieldId: "f-a" },
      { message: "First: A?", fieldId: "f-a" },
      { message: "B?", fieldId: "f-b" },
      { message: "Unknown action." },
    ]);
  });
});
