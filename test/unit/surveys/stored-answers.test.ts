import { describe, expect, it } from "vitest";
import {
  readStoredRow,
  responseAnswers,
  storedAnswers,
  storedPresentation,
  storedResponseFlags,
  StoredRowError,
} from "~/surveys/stored-answers";
import { EMPTY_PRESENTATION } from "../../../instrument/presentation-order";

const answers = Object.freeze({ consent: 1, roles: [1, 3], years: 4.5, note: "tea helps", skipped: null });

describe("the stored answers codec", () => {
  it("reads back exactly what it wrote, for every kind of answer", () => {
    const text = storedAnswers.encode(answers);
    expect(JSON.parse(text)).toEqual(answers);
    expect(storedAnswers.decode(text)).toEqual(answers);
    expect(responseAnswers({ id: "r1", answers: text })).toEqual(answers);
  });

  it("refuses to write what it could not read back", () => {
    expect(() => storedAnswers.encode({ q: { nested: 1 } } as never)).toThrow();
    expect(() => storedResponseFlags.encode(["robot"] as never)).toThrow();
  });

  it("reads the column default of presentation ({}) as definition order throughout", () => {
    expect(storedPresentation.decode("{}")).toEqual(EMPTY_PRESENTATION);
    expect(storedPresentation.decode('{"items":{"p1":["b","a"]}}')).toEqual({
      ...EMPTY_PRESENTATION,
      items: { p1: ["b", "a"] },
    });
  });

  it("names the table, the row and the first problem of a row it cannot read, without repeating the value", () => {
    const read = (stored: string) => () => responseAnswers({ id: "r-7", answers: stored });
    expect(read("{ not json")).toThrow(StoredRowError);
    expect(read("{ not json")).toThrow(
      "Response r-7 cannot be read: answers: not valid JSON. It was changed outside the app; restore it from a backup or correct it.",
    );
    expect(read('{"q1": {"secret": "my boss"}}')).toThrow(
      "Response r-7 cannot be read: answers.q1: expected an answer (a number, a list of numbers, a text or null). It was changed outside the app; restore it from a backup or correct it.",
    );
    expect(read('{"q1": {"secret": "my boss"}}')).not.toThrow(/my boss/);
    expect(read('"just text"')).toThrow(/answers: /);
    expect(read("null")).toThrow(/answers: /);
  });

  it("reports a row without an id as such", () => {
    expect(() => readStoredRow("Response", storedAnswers, 42)).toThrow(
      /^Response \(without an id\) cannot be read: the row: /,
    );
  });

  it("reads only the flags the app writes", () => {
    expect(storedResponseFlags.decode('["honeypot","too-fast"]')).toEqual(["honeypot", "too-fast"]);
    expect(() => storedResponseFlags.decode('["robot"]')).toThrow();
  });
});
