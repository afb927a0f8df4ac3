import { describe, expect, it } from "vitest";
import { inSentence } from "../../../../analysis/charts/in-sentence";

describe("inSentence", () => {
  it("lowers an ordinary first letter and keeps acronyms", () => {
    expect(inSentence("Work-related burnout")).toBe("work-related burnout");
    expect(inSentence("CBI client-related burnout (customers)")).toBe(
      "CBI client-related burnout (customers)",
    );
    expect(inSentence("Capacity drop")).toBe("capacity drop");
    expect(inSentence("A")).toBe("a");
  });
});
