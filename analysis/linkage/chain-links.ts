import type { Link } from "./types";

/** One record of a chain: the wave's position in the chained order (0 = first wave) and the record's id there. */
export interface ChainMember {
  wave: number;
  id: string;
}

/** The accepted links between one wave and the next, as {@link chainLinks} reads them. */
export type PairLinks = readonly Pick<Link, "earlierId" | "laterId">[];

function forward(links: PairLinks, pair: number): Map<string, string> {
  const next = new Map<string, string>();
  const laterSeen = new Set<string>();
  for (const { earlierId, laterId } of links) {
    if (next.has(earlierId) || laterSeen.has(laterId))
      throw new Error(
        `chainLinks requires one-to-one links (pair ${pair} links "${next.has(earlierId) ? earlierId : laterId}" twice)`,
      );
    next.set(earlierId, laterId);
    laterSeen.add(laterId);
  }
  return next;
}

/**
 * Chains of records across waves built from the one-to-one links of consecutive wave pairs: `pairs[i]` links wave i
 * to wave i + 1. A chain starts at a record of wave i that some link of pair i leaves and no link of pair i − 1
 * reaches, and follows the links forward until none leaves. Because each pair's links are one-to-one, a record
 * has at most one link in and one out, so chains never branch or merge and every linked record is in exactly one
 * chain. Only consecutive waves are linked: a person who misses a wave (or whose link there fell below the
 * threshold) becomes two chains, one ending before the gap and one starting after it; records in no link form no
 * chain (decision 062).
 *
 * Ids need to be unique within a wave only. Chains come in the order of their first wave, then of the links of that
 * wave's pair.
 *
 * Cost: O(total links).
 *
 * @throws Error "chainLinks requires one-to-one links (pair i links "id" twice)"
 * @example
 * chainLinks([[{ earlierId: "a1", laterId: "b7" }], [{ earlierId: "b7", laterId: "c3" }]]);
 * // [[{ wave: 0, id: "a1" }, { wave: 1, id: "b7" }, { wave: 2, id: "c3" }]]
 */
export function chainLinks(pairs: readonly PairLinks[]): ChainMember[][] {
  const next = pairs.map(forward);
  const chains: ChainMember[][] = [];
  pairs.forEach((links, pair) => {
    const reached = pair > 0 ? new Set(pairs[pair - 1]!.map((link) => link.laterId)) : new Set<string>();
    for (const { earlierId } of links) {
      if (reached.has(earlierId)) continue;
      const chain: ChainMember[] = [{ wave: pair, id: earlierId }];
      for (let wave = pair, id = next[wave]!.get(earlierId); id !== undefined;) {
        chain.push({ wave: wave + 1, id });
        wave++;
        id = next[wave]?.get(id);
      }
      chains.push(chain);
    }
  });
  return chains;
}
