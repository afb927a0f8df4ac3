import { describe, expect, it } from "vitest";
import { type CodedChain, latticeSearch, levelChain } from "../../../../analysis/disclosure";
import { generateSyntheticPanel } from "../../../../analysis/synthetic-panel";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { answerFields } from "../../../../instrument/traversal";

const definition = loadDefaultInstrument();

describe("latticeSearch with a suppression limit", () => {
  it("finds the least-loss node a brute-force walk of the whole lattice finds (300 panel responses)", () => {
    const responses = generateSyntheticPanel(definition, { n: 300, seed: 2 });
    const fields = answerFields(definition).filter((field) => field.item.quasiIdentifier);
    const chains = fields.map((field) =>
      levelChain(
        field,
        responses.map((response) => response.answers),
      ),
    );
    const coded: CodedChain[] = chains.map((chain) => {
      const ids = chain.values.map((level) => {
        const index = new Map<string, number>();
        return Int32Array.from(level, (value) => index.get(value) ?? index.set(value, index.size).size - 1);
      });
      return { ids, cardinalities: ids.map((level) => new Set(level).size) };
    });
    const heights = chains.map((chain) => chain.levels.length);
    const limits = [0, 6, 15];
    const best = limits.map(() => ({ node: [] as number[], loss: Infinity, below: Infinity }));
    // Every node of the lattice, in odometer order; classes counted by a mixed-radix key.
    const node = heights.map(() => 0);
    for (;;) {
      const sizes = new Map<number, number>();
      const keys = responses.map((_, row) =>
        node.reduce((key, level, q) => key * 1000 + coded[q]!.ids[level]![row]!, 0),
      );
      for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
      const below = keys.filter((key) => (sizes.get(key) ?? 0) < 5).length;
      const loss = node.reduce((sum, level, q) => sum + level / (heights[q]! - 1), 0);
      for (const [index, maxSuppressed] of limits.entries()) {
        const current = best[index]!;
        const tie = Math.abs(loss - current.loss) <= 1e-12;
        if (below <= maxSuppressed && (loss < current.loss - 1e-12 || (tie && below < current.below)))
          best[index] = { node: [...node], loss, below };
      }
      let q = node.length - 1;
      while (q >= 0 && node[q] === heights[q]! - 1) node[q--] = 0;
      if (q < 0) break;
      node[q]! += 1;
    }
    for (const [index, maxSuppressed] of limits.entries()) {
      const found = latticeSearch(coded, responses.length, 5, { maxSuppressed });
      expect(found.node, `maxSuppressed ${maxSuppressed}`).toEqual(best[index]?.node);
      expect(found.stats.recordsBelowK).toBe(best[index]?.below);
    }
  });
});
