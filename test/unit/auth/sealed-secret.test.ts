import { describe, expect, it } from "vitest";
import { openSealedSecret, SealedSecretError, sealSecret } from "~/auth/sealed-secret.server";

const KEY = "a-session-secret-for-this-test-only-0123456789";
const plain = Buffer.from("12345678901234567890");

describe("sealed TOTP secrets", () => {
  it("open again for the same account under the same server secret, and never show the plain bytes", () => {
    const sealed = sealSecret(plain, "researcher-1", KEY);
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain(plain.toString("base64url"));
    expect(openSealedSecret(sealed, "researcher-1", KEY)).toEqual(plain);
    expect(sealSecret(plain, "researcher-1", KEY)).not.toBe(sealed); // a fresh IV each time
  });

  it("refuse a tampered ciphertext, tag or IV", () => {
    const sealed = sealSecret(plain, "researcher-1", KEY);
    const parts = sealed.split(".");
    for (const index of [1, 2, 3]) {
      const altered = [...parts];
      const bytes = Buffer.from(altered[index] ?? "", "base64url");
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      altered[index] = bytes.toString("base64url");
      expect(() => openSealedSecret(altered.join("."), "researcher-1", KEY)).toThrow(SealedSecretError);
    }
    const shortTag = [parts[0], parts[1], (parts[2] ?? "").slice(0, 6), parts[3]].join(".");
    expect(() => openSealedSecret(shortTag, "researcher-1", KEY)).toThrow(SealedSecretError);
  });

  it("refuse another account's row, another server secret and garbage", () => {
    const sealed = sealSecret(plain, "researcher-1", KEY);
    expect(() => openSealedSecret(sealed, "researcher-2", KEY)).toThrow(SealedSecretError);
    expect(() => openSealedSecret(sealed, "researcher-1", `${KEY}x`)).toThrow(SealedSecretError);
    expect(() => openSealedSecret("v1.x.y", "researcher-1", KEY)).toThrow(SealedSecretError);
    expect(() => openSealedSecret("", "researcher-1", KEY)).toThrow(SealedSecretError);
  });
});
