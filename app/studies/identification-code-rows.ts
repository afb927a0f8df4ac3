import { z } from "zod";

const storedElements = z.record(
  z.string(),
  z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
);

/**
 * A stored code (ResponseIdentificationCode.elements: element id → hex HMAC, null for "I don't know") in the
 * study's element order. An element the row lacks counts as "I don't know"; a row that is not such JSON stops
 * the reader with its id (decision 017), never a guess.
 */
export function storedCodeElements(
  responseId: string,
  json: string,
  elementIds: readonly string[],
): (string | null)[] {
  let parsed: z.infer<typeof storedElements>;
  try {
    parsed = storedElements.parse(JSON.parse(json));
  } catch {
    throw new Error(`The identification code stored with response ${responseId} cannot be read.`);
  }
  return elementIds.map((id) => parsed[id] ?? null);
}
