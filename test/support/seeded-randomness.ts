// Reproducible stand-ins for the random sources that decide where rows lie in the database file:
// node:crypto's randomBytes, randomUUID and randomInt (resume and invitation codes, row ids, the
// order codes are written in) and SQLite's random() (rowids). With truly random keys a perfectly
// shuffled layout still shows |ρ| ≥ 0.3 against 60 arrivals in about 2% of draws per ordering
// (ρ ≈ N(0, 1/59)); seeded, the arrival-order test gives the same verdict on every run.
import type { Database } from "better-sqlite3";
import { createRng } from "../../analysis/seeded-rng";

export function seededCrypto(seed: number) {
  const rng = createRng(seed);
  const randomBytes = (size: number) => Buffer.from(Array.from({ length: size }, () => rng.nextInt(256)));
  const randomUUID = () => {
    const bytes = randomBytes(16);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.toString("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
  const randomInt = (first: number, second?: number) =>
    second === undefined ? rng.nextInt(first) : first + rng.nextInt(second - first);
  return { randomBytes, randomUUID, randomInt };
}

/** Replaces SQLite's random() on `connection` with a seeded 64-bit generator. */
export function seedSqliteRandom(connection: Database, seed: number): void {
  const rng = createRng(seed);
  const word = () => BigInt(rng.nextInt(2 ** 32));
  connection.function("random", { deterministic: false }, () => BigInt.asIntN(64, (word() << 32n) | word()));
}
