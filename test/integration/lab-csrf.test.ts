import { describe, expect, it } from "vitest";
import { requireLabAction } from "~/auth/lab-action.server";
import { formPost, outcomeOf, signedInResearcher } from "../support/lab-requests";

// requireLabAction is the gate every lab action calls; these are the forgeries it must stop.
describe("lab actions refuse forged requests", () => {
  it("a signed-in researcher's own form passes, with its fields", async () => {
    const researcher = await signedInResearcher();
    const request = formPost(
      "/lab/x",
      { note: "kept" },
      { cookie: researcher.cookie, csrfToken: researcher.csrfToken },
    );
    const { researcherId, formData } = await requireLabAction(request);
    expect(researcherId).toBe(researcher.id);
    expect(formData.get("note")).toBe("kept");
  });

  it("refuses a missing token, a wrong token and another session's token with 403", async () => {
    const researcher = await signedInResearcher();
    const other = await signedInResearcher();
    for (const csrfToken of [undefined, "", "wrong", other.csrfToken, `${researcher.csrfToken}x`]) {
      const request = formPost("/lab/x", {}, { cookie: researcher.cookie, csrfToken });
      expect((await outcomeOf(() => requireLabAction(request))).status).toBe(403);
    }
  });

  it("refuses cross-site posts with 403 even when they carry a valid token", async () => {
    const researcher = await signedInResearcher();
    const crossSite: Record<string, string>[] = [
      { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      { Origin: "https://evil.example" },
      { Origin: "null" },
      { "Sec-Fetch-Site": "same-site" },
      { Origin: "http://localhost.evil.example", "Sec-Fetch-Site": "same-origin" },
    ];
    for (const headers of crossSite) {
      const request = formPost(
        "/lab/x",
        {},
        { cookie: researcher.cookie, csrfToken: researcher.csrfToken, headers },
      );
      expect((await outcomeOf(() => requireLabAction(request))).status, JSON.stringify(headers)).toBe(403);
    }
  });

  it("behind a proxy, compares Origin with the host the browser addressed (X-Forwarded-Host)", async () => {
    const researcher = await signedInResearcher();
    const viaProxy = (origin: string) =>
      formPost(
        "/lab/x",
        {},
        {
          cookie: researcher.cookie,
          csrfToken: researcher.csrfToken,
          headers: { Origin: origin, "X-Forwarded-Host": "lab.example.org" },
        },
      );
    expect((await requireLabAction(viaProxy("https://lab.example.org"))).researcherId).toBe(researcher.id);
    expect((await outcomeOf(() => requireLabAction(viaProxy("http://localhost")))).status).toBe(403);
  });

  it("sends a visitor without a session to sign in", async () => {
    const result = await outcomeOf(() => requireLabAction(formPost("/lab/x", {}, { csrfToken: "anything" })));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/sign-in?redirectTo=%2Flab%2Fx");
  });
});
