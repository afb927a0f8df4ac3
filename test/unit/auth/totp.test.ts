import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, matchTotpStep, otpauthUri, totpCode } from "~/auth/totp.server";

// RFC 4226 Appendix D: secret = ASCII "12345678901234567890", HOTP values for counts 0–9.
const RFC4226_SECRET = Buffer.from("12345678901234567890");
const RFC4226_HOTP = [
  "755224",
  "287082",
  "359152",
  "969429",
  "338314",
  "254676",
  "287922",
  "162583",
  "399871",
  "520489",
];

// RFC 6238 Appendix B: 8-digit TOTP values; the seed per hash is the ASCII digits repeated to the
// hash's key length (20, 32, 64 bytes), T0 = 0, X = 30.
const RFC6238_SEEDS = {
  sha1: Buffer.from("12345678901234567890"),
  sha256: Buffer.from("12345678901234567890123456789012"),
  sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
};
const RFC6238_VECTORS: [number, string, string, string][] = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("HOTP (RFC 4226)", () => {
  it.each(RFC4226_HOTP.map((code, count) => [count, code] as const))("count %i gives %s", (count, code) => {
    expect(hotp(RFC4226_SECRET, count)).toBe(code);
  });
});

describe("TOTP (RFC 6238 Appendix B)", () => {
  it.each(RFC6238_VECTORS)("at %i s: SHA-1 %s, SHA-256 %s, SHA-512 %s", (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    expect(totpCode(RFC6238_SEEDS.sha1, at, { digits: 8 })).toBe(sha1);
    expect(totpCode(RFC6238_SEEDS.sha256, at, { digits: 8, algorithm: "sha256" })).toBe(sha256);
    expect(totpCode(RFC6238_SEEDS.sha512, at, { digits: 8, algorithm: "sha512" })).toBe(sha512);
  });

  it("the 6-digit code is the last 6 digits of the 8-digit one (same truncation)", () => {
    expect(totpCode(RFC6238_SEEDS.sha1, new Date(59_000))).toBe("287082");
  });
});

describe("matching a typed code", () => {
  const now = new Date(1_111_111_111_000); // step 37037037
  const codeAt = (offsetSteps: number) =>
    totpCode(RFC4226_SECRET, new Date(now.getTime() + offsetSteps * 30_000));

  it("accepts the current step and one either side, and nothing further", () => {
    expect(matchTotpStep(RFC4226_SECRET, codeAt(0), { now })).toBe(37037037);
    expect(matchTotpStep(RFC4226_SECRET, codeAt(-1), { now })).toBe(37037036);
    expect(matchTotpStep(RFC4226_SECRET, codeAt(1), { now })).toBe(37037038);
    expect(matchTotpStep(RFC4226_SECRET, codeAt(-2), { now })).toBeNull();
    expect(matchTotpStep(RFC4226_SECRET, codeAt(2), { now })).toBeNull();
  });

  it("never accepts a step at or before the last one accepted (replay)", () => {
    expect(matchTotpStep(RFC4226_SECRET, codeAt(0), { now, lastStep: 37037037 })).toBeNull();
    expect(matchTotpStep(RFC4226_SECRET, codeAt(-1), { now, lastStep: 37037036 })).toBeNull();
    expect(matchTotpStep(RFC4226_SECRET, codeAt(1), { now, lastStep: 37037037 })).toBe(37037038);
  });

  it("refuses codes of the wrong length or with letters", () => {
    expect(matchTotpStep(RFC4226_SECRET, "12345", { now })).toBeNull();
    expect(matchTotpStep(RFC4226_SECRET, `${codeAt(0)}0`, { now })).toBeNull();
    expect(matchTotpStep(RFC4226_SECRET, "abcdef", { now })).toBeNull();
  });
});

describe("base32 and the otpauth URI", () => {
  it("encodes the RFC 4648 section 10 vectors and reads them back", () => {
    const vectors: [string, string][] = [
      ["f", "MY"],
      ["fo", "MZXQ"],
      ["foo", "MZXW6"],
      ["foob", "MZXW6YQ"],
      ["fooba", "MZXW6YTB"],
      ["foobar", "MZXW6YTBOI"],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(Buffer.from(plain))).toBe(encoded);
      expect(base32Decode(encoded.toLowerCase()).toString()).toBe(plain);
    }
    expect(() => base32Decode("MZ1")).toThrow(/not a base32 character/);
  });

  it("names the issuer, the account and the parameters", () => {
    const uri = otpauthUri(RFC4226_SECRET, "ana@example.org");
    expect(uri).toBe(
      "otpauth://totp/Negative%20Space:ana%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Negative+Space&algorithm=SHA1&digits=6&period=30",
    );
  });
});
