import { randomBytes } from "node:crypto";
import { prisma } from "~/db.server";
import type { LinkageRecord } from "../../analysis/linkage";
import { SUPPORT_LEVELS } from "../../analysis/charts";
import { missingCodes } from "../../instrument/missing-codes";
import type { LinkedMissingCodes, LinkedPerson } from "../../exports";
import { monthsApart } from "./wave-months";
import type { LinkedWavePair } from "./wave-pair.server";

/**
 * A link id for one person of one download: "L" and 12 hex digits from the operating system's random source,
 * never derived from a response id, a code or the order of rows. The letter keeps R, SPSS and spreadsheets from
 * reading it as a number.
 */
export const newLinkId = (): string => `L${randomBytes(6).toString("hex")}`;

/** The planned start of the study's first wave: months in the file count from it. */
export async function firstWavePlannedOn(studyId: string): Promise<string> {
  const first = await prisma.studyWave.findFirstOrThrow({
    where: { studyId },
    orderBy: { waveNumber: "asc" },
    select: { plannedOn: true },
  });
  return first.plannedOn;
}

const TERTILES: Record<string, 1 | 2 | 3> = Object.fromEntries(
  SUPPORT_LEVELS.map((level, index) => [level, (index + 1) as 1 | 2 | 3]),
);

/** The institutional-support tertile of the earlier wave's record (wave-linkage-records.server.ts), 1 to 3. */
const tertileOf = (record: LinkageRecord): 1 | 2 | 3 | null =>
  TERTILES[record.groups?.["institutional support"] ?? ""] ?? null;

/**
 * The people of the accepted links, each under a link id fresh for this file (`newId`, unique within it), with both
 * waves' years in support and scale scores. No response id or code leaves here.
 */
export function linkedPeopleForExport(
  pair: LinkedWavePair,
  wave1PlannedOn: string,
  newId: () => string = newLinkId,
): LinkedPerson[] {
  const [earlierWave, laterWave] = pair.waves;
  const byId = pair.records.map((read) => new Map(read.records.map((record) => [record.id, record])));
  const months = pair.waves.map((wave) => monthsApart(wave1PlannedOn, wave.plannedOn));
  const used = new Set<string>();
  const uniqueId = () => {
    let id = newId();
    while (used.has(id)) id = newId();
    used.add(id);
    return id;
  };
  return pair.linkage.links.flatMap((link) => {
    const earlier = byId[0]?.get(link.earlierId);
    const later = byId[1]?.get(link.laterId);
    if (!earlier || !later) return [];
    const wave = (record: LinkageRecord, waveNumber: number, index: number) => ({
      wave: waveNumber,
      monthsSinceWave1: months[index]!,
      yearsInSupport: record.yearsInSupport ?? null,
      scores: record.baseline ?? {},
    });
    return [
      {
        linkId: uniqueId(),
        supportTertile: tertileOf(earlier),
        waves: [wave(earlier, earlierWave.waveNumber, 0), wave(later, laterWave.waveNumber, 1)],
      },
    ];
  });
}

/** The survey exports' missing codes for the earlier wave's definition (997/998/999 for most instruments). */
export function linkedMissingCodes(pair: LinkedWavePair): LinkedMissingCodes {
  const codes = missingCodes(pair.definitions[0]);
  const code = (reason: string) => codes.find((entry) => entry.reason === reason)!.code;
  return { noScore: code("not-computable"), notAnswered: code("skipped") };
}
