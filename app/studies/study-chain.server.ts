import { randomUUID } from "node:crypto";
import { prisma } from "~/db.server";
import { chainLinks, type ChainMember } from "../../analysis/linkage";
import { SURVEY_ROLES } from "../../analysis/survey";
import { analyseWithinPerson, type WithinPersonResults } from "../../analysis/within-person";
import { chainedPeople, type ChainedWave } from "./linked-people";
import { erosionScales } from "./study-linkage.server";
import { refuse, type StudyRefusal } from "./study-refusal";
import { linkWavePair, type LinkedWavePair } from "./wave-pair.server";
import { monthsApart } from "./wave-months";

/** Every wave of a study linked to the next, and the chains of people across them. Holds response ids. */
export type StudyChain = { pairs: LinkedWavePair[]; chains: ChainMember[][]; waves: ChainedWave[] };

/** What the page shows of a chain of waves: counts and distributions only, no record ids (decision 062). */
export type StudyChainReport = {
  waves: { waveNumber: number; title: string; responses: number; withoutCode: number }[];
  pairs: {
    earlierWave: number;
    laterWave: number;
    monthsBetween: number;
    linksMade: number;
    thresholdUsed: number;
    falseMatchRate: number | null;
    earlierLinkageRate: number | null;
  }[];
  /** chains by the first and last wave they reach (chains only join consecutive waves, so they have no gaps) */
  spans: { from: number; to: number; people: number }[];
  withinPerson: WithinPersonResults | null;
};

async function studyWaveSurveys(studyId: string) {
  return prisma.studyWave.findMany({
    where: { studyId },
    orderBy: { waveNumber: "asc" },
    select: { waveNumber: true, surveyId: true, survey: { select: { slug: true } } },
  });
}

/**
 * Links every wave of a study to the next ({@link linkWavePair}, each pair at its own suggested threshold) and
 * chains the links into people across the waves ({@link chainLinks}). Refuses, changing nothing, with fewer than
 * two waves, when the researcher may not analyse every wave (`mayAnalyse`; the wave is named by its number only,
 * as the study page names a survey the researcher is no member of), and with a pair's own refusal.
 */
export async function linkStudyChain(
  studyId: string,
  mayAnalyse: (surveyId: string) => Promise<boolean>,
): Promise<({ ok: true } & StudyChain) | StudyRefusal> {
  const rows = await studyWaveSurveys(studyId);
  if (rows.length < 2) return refuse(null, "Linking waves in order needs a study with two waves or more.");
  for (const row of rows)
    if (!(await mayAnalyse(row.surveyId)))
      return refuse(
        null,
        `Linking all waves needs the right to run the analysis of every wave (owner or analyst); you may not analyse wave ${row.waveNumber}.`,
      );
  const pairs: LinkedWavePair[] = [];
  for (const [index, row] of rows.slice(1).entries()) {
    const earlier = rows[index]!;
    const pair = await linkWavePair(
      studyId,
      { earlier: earlier.survey.slug, later: row.survey.slug },
      mayAnalyse,
    );
    if (!pair.ok) return refuse(null, `Waves ${earlier.waveNumber} and ${row.waveNumber}: ${pair.message}`);
    pairs.push(pair);
  }
  const first = pairs[0]!.waves[0];
  const waves = [pairs[0]!.waves[0], ...pairs.map((pair) => pair.waves[1])].map((wave, index) => ({
    wave: wave.waveNumber,
    monthsSinceFirstWave: monthsApart(first.plannedOn, wave.plannedOn),
    records: (index === 0 ? pairs[0]!.records[0] : pairs[index - 1]!.records[1]).records,
  }));
  return { ok: true, pairs, chains: chainLinks(pairs.map((pair) => pair.linkage.links)), waves };
}

function chainSpans(chain: StudyChain): StudyChainReport["spans"] {
  const counts = new Map<string, { from: number; to: number; people: number }>();
  for (const members of chain.chains) {
    const from = chain.waves[members[0]!.wave]!.wave;
    const to = chain.waves[members[members.length - 1]!.wave]!.wave;
    const entry = counts.get(`${from}-${to}`) ?? { from, to, people: 0 };
    entry.people++;
    counts.set(`${from}-${to}`, entry);
  }
  return [...counts.values()].sort((a, b) => a.from - b.from || b.to - a.to);
}

function chainWithinPerson(chain: StudyChain): WithinPersonResults | null {
  const scales = erosionScales(chain.pairs[0]!.definitions[0]);
  const people = chainedPeople(chain.chains, chain.waves, {
    supportScale: SURVEY_ROLES.support,
    newId: randomUUID,
  });
  return people.length === 0 || scales.length === 0 ? null : analyseWithinPerson(people, { scales });
}

/**
 * Links all waves of a study in order ({@link linkStudyChain}) and reports the links made and the estimated
 * false-match rate of each pair, the chains by the waves they span, and the change within the chained people;
 * with three waves or more, that includes the random-intercept model. Reads only; changes nothing.
 */
export async function chainStudyWaves(
  studyId: string,
  mayAnalyse: (surveyId: string) => Promise<boolean>,
): Promise<{ ok: true; report: StudyChainReport } | StudyRefusal> {
  const chain = await linkStudyChain(studyId, mayAnalyse);
  if (!chain.ok) return chain;
  const side = (pair: LinkedWavePair, index: 0 | 1) => ({
    waveNumber: pair.waves[index].waveNumber,
    title: pair.waves[index].title,
    responses: pair.records[index].records.length + pair.records[index].withoutCode,
    withoutCode: pair.records[index].withoutCode,
  });
  const pairs = chain.pairs.map(({ waves, monthsBetween, linkage }) => ({
    earlierWave: waves[0].waveNumber,
    laterWave: waves[1].waveNumber,
    monthsBetween,
    linksMade: linkage.links.length,
    thresholdUsed: linkage.threshold.used,
    falseMatchRate: linkage.falseMatchRate.estimate,
    earlierLinkageRate: linkage.earlierLinkageRate,
  }));
  return {
    ok: true,
    report: {
      waves: [side(chain.pairs[0]!, 0), ...chain.pairs.map((pair) => side(pair, 1))],
      pairs,
      spans: chainSpans(chain),
      withinPerson: chainWithinPerson(chain),
    },
  };
}
