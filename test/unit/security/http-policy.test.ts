import { describe, expect, it } from "vitest";
import {
  bodyLimitFor,
  contentSecurityPolicy,
  FORM_BODY_LIMIT_BYTES,
  isCrossSiteWrite,
  LAB_BODY_LIMIT_BYTES,
  securityHeaders,
} from "../../../server/http-policy.js";

const headers = (values: Record<string, string>) => (name: string) => values[name.toLowerCase()];

describe("security headers", () => {
  it("allow scripts only from this site or with this response's nonce, and nothing inline otherwise", () => {
    const policy = contentSecurityPolicy("abc123");
    const directives = Object.fromEntries(
      policy.split("; ").map((directive) => [directive.split(" ")[0], directive]),
    );
    expect(directives["script-src"]).toBe("script-src 'self' 'nonce-abc123'");
    expect(directives["style-src"]).toBe("style-src 'self'");
    expect(directives["frame-ancestors"]).toBe("frame-ancestors 'none'");
    expect(directives["default-src"]).toBe("default-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it("include the referrer, sniffing, framing, permissions and opener policies", () => {
    expect(securityHeaders("n")).toMatchObject({
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    });
  });
});

describe("request limits", () => {
  it("give the lab room for definition uploads and everything else the form limit", () => {
    expect(bodyLimitFor("/s/demo/p/start")).toBe(FORM_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/sign-in")).toBe(FORM_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/lab/surveys/import")).toBe(LAB_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/lab.data")).toBe(LAB_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/laboratory")).toBe(FORM_BODY_LIMIT_BYTES);
  });
});

describe("the cross-site write check", () => {
  const host = { host: "survey.example.org" };
  it("lets same-origin posts, user-typed requests, non-browser clients and reads through", () => {
    expect(
      isCrossSiteWrite(
        "POST",
        headers({ ...host, origin: "https://survey.example.org", "sec-fetch-site": "same-origin" }),
      ),
    ).toBe(false);
    expect(isCrossSiteWrite("POST", headers({ ...host, "sec-fetch-site": "none" }))).toBe(false);
    expect(isCrossSiteWrite("POST", headers(host))).toBe(false);
    expect(
      isCrossSiteWrite(
        "GET",
        headers({ ...host, origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
      ),
    ).toBe(false);
    // Under Referrer-Policy: no-referrer browsers send Origin: null on their own form posts.
    expect(
      isCrossSiteWrite("POST", headers({ ...host, origin: "null", "sec-fetch-site": "same-origin" })),
    ).toBe(false);
  });

  it("refuses other sites, same-site neighbours, sandboxed frames and a mismatching host", () => {
    expect(
      isCrossSiteWrite(
        "POST",
        headers({ ...host, origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
      ),
    ).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ ...host, "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ ...host, origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite("DELETE", headers({ ...host, origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ ...host, origin: "not a url" }))).toBe(true);
    expect(
      isCrossSiteWrite(
        "POST",
        headers({ ...host, "x-forwarded-host": "other.example", origin: "https://survey.example.org" }),
      ),
    ).toBe(true);
  });
});
