// Chains of people across waves from the one-to-one links of consecutive wave pairs (decision 062). The expected
// chains are worked out by hand from the small link sets below.
import { describe, expect, it } from "vitest";
import { chainLinks, type PairLinks } from "../../../../analysis/linkage";

const links = (...pairs: [string, string][]): PairLinks =>
  Object.freeze(pairs.map(([earlierId, laterId]) => Object.freeze({ earlierId, laterId })));

const ids = (chains: ReturnType<typeof chainLinks>) =>
  chains.map((chain) => chain.map((member) => `${member.wave}:${member.id}`).join(" "));

describe("chaining the links of consecutive waves", () => {
  it("follows a person through every wave, and whoever is linked in one pair only", () => {
    const chains = chainLinks([
      links(["a1", "b1"], ["a2", "b2"], ["a3", "b3"]),
      links(["b2", "c2"], ["b1", "c9"], ["b7", "c7"]),
      links(["c9", "d1"], ["c7", "d7"]),
    ]);
    expect(ids(chains)).toEqual([
      "0:a1 1:b1 2:c9 3:d1",
      "0:a2 1:b2 2:c2",
      "0:a3 1:b3",
      // b7 is no later id of pair 0 (a new entrant at wave 1): its chain starts there
      "1:b7 2:c7 3:d7",
    ]);
  });

  it("breaks a chain where a person is missing from a middle wave: two chains, never one", () => {
    // a1 is linked to b1, but b1 has no link to wave 2; c1 (the same person, say) starts again from wave 2.
    const chains = chainLinks([links(["a1", "b1"]), links(["b5", "c5"]), links(["c1", "d1"])]);
    expect(ids(chains)).toEqual(["0:a1 1:b1", "1:b5 2:c5", "2:c1 3:d1"]);
  });

  it("puts every linked record in exactly one chain, and leaves records in no link out", () => {
    const pairs = [links(["a1", "b1"], ["a2", "b2"]), links(["b1", "c1"], ["b3", "c3"])];
    const members = chainLinks(pairs).flatMap((chain) => chain.map((m) => `${m.wave}:${m.id}`));
    expect(members.sort()).toEqual(["0:a1", "0:a2", "1:b1", "1:b2", "1:b3", "2:c1", "2:c3"]);
    expect(chainLinks([links(), links()])).toEqual([]);
    expect(chainLinks([])).toEqual([]);
  });

  it("reads ids per wave: the same id in two waves names two records", () => {
    expect(ids(chainLinks([links(["x", "x"]), links(["x", "y"])]))).toEqual(["0:x 1:x 2:y"]);
  });

  it("refuses links that are not one-to-one, since a chain would then branch", () => {
    expect(() => chainLinks([links(["a1", "b1"], ["a1", "b2"])])).toThrow(
      'chainLinks requires one-to-one links (pair 0 links "a1" twice)',
    );
    expect(() => chainLinks([links(["a1", "b1"]), links(["b1", "c1"], ["b2", "c1"])])).toThrow(
      'chainLinks requires one-to-one links (pair 1 links "c1" twice)',
    );
  });
});
