import type { InstrumentDefinition } from "./definition-schema";
import { codeElement } from "./identification-code-elements";
import { identificationCodeItem } from "./traversal";

/** How codebooks and loader files describe the identification-code item (decision 059). */
export const IDENTIFICATION_CODE_STORAGE =
  "identification code: stored only as keyed hashes, not in any export";

/** The codebook's entry for the definition's identification code, or null when it asks for none. */
export type CodebookIdentificationCode = {
  id: string;
  heading: string;
  pageId: string;
  storage: typeof IDENTIFICATION_CODE_STORAGE;
  elements: { id: string; kind: string; prompt: string; stability: string }[];
};

export function codebookIdentificationCode(
  definition: InstrumentDefinition,
): CodebookIdentificationCode | null {
  const found = identificationCodeItem(definition);
  if (!found) return null;
  return {
    id: found.item.id,
    heading: found.item.text.en,
    pageId: found.page.id,
    storage: IDENTIFICATION_CODE_STORAGE,
    elements: found.item.elements.map((id) => {
      const element = codeElement(id);
      const kind = element.kind === "count" ? `count ${element.min}–${element.max}` : element.kind;
      return { id, kind, prompt: element.prompt.en, stability: element.stability };
    }),
  };
}

/** One sentence for the top of load.R, load.sps, load.do and datapackage.json; empty without a code. */
export function identificationCodeNotice(definition: InstrumentDefinition): string[] {
  const found = identificationCodeItem(definition);
  if (!found) return [];
  return [
    `Item ${found.item.id} (${found.item.elements.length} elements) is an ${IDENTIFICATION_CODE_STORAGE}; it has no column here.`,
  ];
}
