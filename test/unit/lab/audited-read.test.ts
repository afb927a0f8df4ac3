import { describe, expect, it } from "vitest";
import { requirePersonLooking } from "~/lab/audited-read.server";
import { responseListQuerySchema, responseListSearch } from "~/lab/response-browser-forms";

const status = (headers: Record<string, string>) => {
  try {
    requirePersonLooking(new Request("http://localhost/lab/surveys/s/responses/r", { headers }));
    return 200;
  } catch (error) {
    return (error as Response).status;
  }
};

describe("requirePersonLooking", () => {
  it("lets a page the browser opens, or the lab's own data fetch, through", () => {
    expect(status({})).toBe(200);
    expect(
      status({ "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "none" }),
    ).toBe(200);
    expect(
      status({ "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "same-origin" }),
    ).toBe(200);
  });

  it("refuses prefetches, embedded reads and other sites' scripts", () => {
    expect(status({ "Sec-Purpose": "prefetch;prerender" })).toBe(403);
    expect(status({ Purpose: "prefetch" })).toBe(403);
    expect(status({ "Sec-Fetch-Dest": "image", "Sec-Fetch-Site": "same-origin" })).toBe(403);
    expect(status({ "Sec-Fetch-Dest": "empty", "Sec-Fetch-Site": "same-site" })).toBe(403);
    expect(status({ "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "no-cors" })).toBe(403);
  });
});

describe("responseListSearch", () => {
  it("keeps the filters and leaves defaults out of the address", () => {
    const query = responseListQuerySchema.parse({
      flag: ["speeder", "irv"],
      exclusion: "excluded",
      day: "2026-11-30",
    });
    expect(responseListSearch(query, 3)).toBe(
      "?flag=speeder&flag=irv&exclusion=excluded&day=2026-11-30&page=3",
    );
    expect(responseListSearch(responseListQuerySchema.parse({}))).toBe("");
    expect(responseListSearch(responseListQuerySchema.parse({ version: "2", page: "2" }), 1)).toBe(
      "?version=2",
    );
  });
});
