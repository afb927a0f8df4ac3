import { describe, expect, it } from "vitest";
import { DEFAULT_REDIRECT_PATH, safeRedirectPath } from "~/auth/safe-redirect";

describe("safeRedirectPath keeps only same-origin paths that survive URL normalisation", () => {
  it.each([
    ["a normal lab page with a query", "/lab/surveys/demo?tab=x", "/lab/surveys/demo?tab=x"],
    ["a query and a fragment", "/lab/surveys?x=1#top", "/lab/surveys?x=1#top"],
    ["the lab itself", "/lab", "/lab"],
    ["a dot segment that stays on the site", "/lab/./audit", "/lab/audit"],
    ["a double-dot segment that stays on the site", "/lab/surveys/../audit?page=2", "/lab/audit?page=2"],
    ["non-ASCII, percent-encoded as a browser would", "/lab/surveys/ü?q=ä", "/lab/surveys/%C3%BC?q=%C3%A4"],
    ["a slash inside the query (cannot change the host)", "/lab/audit?next=//x", "/lab/audit?next=//x"],
  ])("keeps %s", (_, value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it.each([
    ["a dot segment before a double slash", "/.//x"],
    ["a dot segment before a host", "/.//evil.example/x"],
    ["a protocol-relative URL", "//x"],
    ["a protocol-relative URL with three slashes", "///x"],
    ["a backslash after the slash", "/\\x"],
    ["a backslash before the slash", "\\/x"],
    ["two backslashes", "\\\\x"],
    ["encoded slashes without a leading slash", "%2F%2Fx"],
    ["an encoded slash after the slash", "/%2F/x"],
    ["an encoded slash, lower case", "/%2f/x"],
    ["an encoded backslash", "/%5Cx"],
    ["a doubly encoded slash", "/%252F/x"],
    ["encoded slashes behind double dots", "/lab/..%2F..%2F/x"],
    ["a double-dot segment that climbs to a double slash", "/lab/..//x"],
    ["two double-dot segments that climb to a double slash", "/lab/../..//x"],
    ["encoded double dots that climb to a double slash", "/lab/%2e%2e//x"],
    ["an absolute http URL", "http://evil.example/x"],
    ["an absolute https URL", "https://evil.example/x"],
    ["an absolute URL of another scheme", "ftp://evil.example/x"],
    ["a scheme without slashes", "https:evil.example"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a javascript: URL in capitals", "JAVASCRIPT:alert(1)"],
    ["a javascript: URL behind a space", " javascript:alert(1)"],
    ["a tab inside the slashes", "/\t/evil.example"],
    ["a newline inside the slashes", "/\n/evil.example"],
    ["a carriage return and line feed", "/lab\r\nSet-Cookie: x=1"],
    ["a tab at the end", "/lab\t"],
    ["a leading space", " /lab"],
    ["an encoded tab in the path", "/%09/evil.example"],
    ["a zero-width space", "/lab\u200b"],
    ["a bidi override", "/lab/\u202Eevil"],
    ["a relative path", "lab"],
    ["a query without a path", "?x=1"],
    ["the empty string", ""],
    ["a very long path", `/lab/${"a".repeat(3000)}`],
  ])("refuses %s", (_, value) => {
    expect(safeRedirectPath(value)).toBe(DEFAULT_REDIRECT_PATH);
  });

  it("refuses what is not a string, and falls back to the lab unless told otherwise", () => {
    for (const value of [null, undefined, 42, ["/lab/audit"], { toString: () => "/lab/audit" }]) {
      expect(safeRedirectPath(value)).toBe("/lab");
    }
    expect(safeRedirectPath("//x", "/elsewhere")).toBe("/elsewhere");
  });

  it("never returns anything a browser would read as another host", () => {
    // Every kept value, parsed as a browser parses a Location header, stays on the page's origin.
    const origin = "https://negative-space.example";
    const samples = ["/lab/audit", "/.//x", "/lab/..//x", "/%2F/x", "/\\x", "/\t/x", "/lab/surveys/ü#a"];
    for (const sample of samples) {
      expect(new URL(safeRedirectPath(sample), origin).origin).toBe(origin);
    }
  });
});
