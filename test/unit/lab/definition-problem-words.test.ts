import { describe, expect, it } from "vitest";
import { checkDefinitionText } from "~/lab/survey-admin.server";
import { miniInstrumentInput } from "../../fixtures/mini-instrument";

type Editable = { pages: { id: string; items: Record<string, unknown>[] }[] } & Record<string, unknown>;

// Issue 15, item 14: import errors read "pages.1.items.1.options.0.code: Invalid input: expected number,
// received string" and stopped at the first problem.
describe("problems of an uploaded definition, in words", () => {
  it("names where each problem is by page, item and option, says what is wrong, and lists them all", () => {
    const broken = structuredClone(miniInstrumentInput) as unknown as Editable;
    const role = broken.pages[1]!.items.find((item) => item.id === "role")!;
    (role.options as { code: unknown }[])[0]!.code = "1";
    broken.pages[0]!.items[0]!.surprise = true;
    broken.estimatedMinutes = "ten";
    const check = checkDefinitionText(JSON.stringify(broken));
    expect(check.ok).toBe(false);
    const problems = check.ok ? [] : check.problems;
    const itemIndex = broken.pages[1]!.items.indexOf(role);
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: `pages.1.items.${itemIndex}.options.0.code`,
          message: "Page “work”, item “role”, option 1, field “code”: must be a number, but it is text.",
        },
        {
          path: "estimatedMinutes",
          message: "Field “estimatedMinutes”: must be a number, but it is text.",
        },
      ]),
    );
    expect(
      problems.some((p) =>
        /Page “start”, item “\w+”: has a field the format does not know: surprise/.test(p.message),
      ),
    ).toBe(true);
    expect(problems.every((problem) => !/^Invalid input/.test(problem.message))).toBe(true);
  });
});
