import { describe, expect, it } from "vitest";
import { jsonNestingDepth } from "~/security/json-depth";

describe("jsonNestingDepth", () => {
  it("counts arrays and objects, not brackets inside strings", () => {
    expect(jsonNestingDepth("1")).toBe(0);
    expect(jsonNestingDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonNestingDepth('{"a":"[[[{{{\\"]]]"}')).toBe(1);
  });

  it("handles a million levels without recursion and stops at the limit", () => {
    const deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
    expect(jsonNestingDepth(deep)).toBe(1_000_000);
    expect(jsonNestingDepth(deep, 64)).toBe(65);
  });
});
