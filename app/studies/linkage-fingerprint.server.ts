import { createHash } from "node:crypto";
import type { LinkedWavePair } from "./wave-pair.server";

/**
 * Identifies one linkage exactly: the two waves, the threshold used, every response linked on and every link made.
 * The page shows it (a hash, from which no id can be read back) and publishing a within-person finding checks it,
 * so what is published is the linkage the researcher reviewed, not one that changed since (HTTP 409).
 */
export function linkageFingerprint(pair: LinkedWavePair): string {
  const hash = createHash("sha256").update(
    `${pair.waves[0].slug}>${pair.waves[1].slug};threshold=${pair.linkage.threshold.used};`,
  );
  for (const [index, side] of pair.records.entries()) {
    hash.update(`wave${index}:without=${side.withoutCode};`);
    for (const record of side.records) hash.update(`${record.id};`);
  }
  for (const link of pair.linkage.links) hash.update(`link:${link.earlierId}>${link.laterId};`);
  return hash.digest("hex");
}
