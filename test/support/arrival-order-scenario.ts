// Respondents answering one after another through the real routes, with the order each of their rows
// arrived in: the ground truth for test/integration/arrival-order.test.ts.
import { prisma } from "~/db.server";
import { INVITATION_CODE_FIELD } from "~/invitations/invitation-code-field";
import { createInvitationCodes, hashInvitationCode } from "~/invitations/invitation-codes.server";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import { instrumentDefinitionSchema } from "../../instrument/definition-schema";
import { miniInstrumentInput } from "../fixtures/mini-instrument";
import { keyColumnOf, type ArrivalOrder } from "./arrival-order-correlations";
import { RespondentBrowser } from "./respondent-browser";
import { viewPage } from "./timed-journey";

// The mini instrument with room for a long answer, so that every row also has overflow pages.
const longAnswerInstrument = instrumentDefinitionSchema.parse({
  ...miniInstrumentInput,
  pages: miniInstrumentInput.pages.map((page) =>
    page.id !== "after"
      ? page
      : {
          ...page,
          items: page.items.map((item) => (item.id === "protect" ? { ...item, maxLength: 5000 } : item)),
        },
  ),
});
const LONG_ANSWER = "a manager who listened and a rota with breaks ".repeat(100);

/**
 * A survey that requires invitation codes, and `count` codes for it. `listOrder` is each code row's
 * position in the list the lab showed (the list someone may have handed out in order).
 */
export async function invitationSurvey(
  count: number,
): Promise<{ codeList: string[]; listOrder: ArrivalOrder }> {
  // A fixed survey id: code hashes include it, and with them the codes' order in their index.
  const { id: surveyId } = await prisma.survey.create({
    data: {
      id: "arrival-order-survey",
      slug: "mini",
      title: "Mini survey",
      status: "open",
      requiresInvitation: true,
    },
  });
  await addInstrumentVersion(surveyId, longAnswerInstrument);
  const codeList = await createInvitationCodes(surveyId, count);
  const rows = await prisma.invitationCode.findMany({ select: { id: true, codeHash: true } });
  const idByHash = new Map(rows.map((row) => [row.codeHash, row.id]));
  const listOrder = new Map(
    codeList.map((code, position) => [idByHash.get(hashInvitationCode(surveyId, code)) ?? "", position]),
  );
  return { codeList, listOrder: { InvitationCode: listOrder } };
}

async function idsOf(table: string, where = "true"): Promise<Set<string>> {
  const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "${keyColumnOf(table)}" AS "id" FROM "${table}" WHERE ${where}`,
  );
  return new Set(rows.map((row) => row.id));
}

/** Runs `act` and returns the id of the one row of `table` (matching `where`) that it added. */
async function addedRowId(table: string, act: () => Promise<unknown>, where?: string): Promise<string> {
  const before = await idsOf(table, where);
  await act();
  const added = [...(await idsOf(table, where))].filter((id) => !before.has(id));
  if (added.length !== 1 || !added[0])
    throw new Error(`expected one new ${table} row, found ${added.length}`);
  return added[0];
}

/** Every page up to the review, as someone who has left support and writes a long answer. */
async function answerEveryPage(browser: RespondentBrowser, code: string): Promise<void> {
  const steps: [string, [string, string][]][] = [
    [
      "start",
      [
        ["consent", "1"],
        ["adult", "1"],
        [INVITATION_CODE_FIELD, code],
      ],
    ],
    [
      "work",
      [
        ["years", "6"],
        ["role", "3"],
        ["channels", "2"],
      ],
    ],
    [
      "strain",
      [
        ["b1", "2"],
        ["b2", "3"],
        ["attn", "3"],
        ["b3", "2"],
        ["b4", "4"],
        ["backing", "2"],
        ["recovery", "4"],
      ],
    ],
    [
      "after",
      [
        ["since_left", "2"],
        ["protect", LONG_ANSWER],
      ],
    ],
  ];
  for (const [page, fields] of steps) {
    // Shown first, as a browser does: the first page's view is then recorded as used.
    const shown = await viewPage(browser, `/s/mini/p/${page}`);
    const reply = await browser.post(`/s/mini/p/${page}`, [...fields, ["shown", shown]]);
    if (reply.status !== 302) throw new Error(`page ${page} answered ${reply.status}`);
  }
}

/**
 * One person after another, each with the next code in `codesInUseOrder`: even-numbered people send
 * their answers (a response), odd-numbered ones stop at the review (a draft that stays). Returns the
 * arrival order of responses, drafts, used codes and used first-page views.
 */
export async function respondInKnownOrder(codesInUseOrder: string[]): Promise<ArrivalOrder> {
  const arrival = {
    Response: new Map<string, number>(),
    ResumeDraft: new Map<string, number>(),
    InvitationCode: new Map<string, number>(),
    UsedFirstPageView: new Map<string, number>(),
  };
  for (const [person, code] of codesInUseOrder.entries()) {
    const browser = new RespondentBrowser();
    const draftId = await addedRowId("ResumeDraft", async () => {
      const viewDigest = await addedRowId("UsedFirstPageView", async () => {
        const codeId = await addedRowId(
          "InvitationCode",
          () => answerEveryPage(browser, code),
          '"usedOn" IS NOT NULL',
        );
        arrival.InvitationCode.set(codeId, person);
      });
      arrival.UsedFirstPageView.set(viewDigest, person);
    });
    if (person % 2 === 1) {
      arrival.ResumeDraft.set(draftId, arrival.ResumeDraft.size);
    } else {
      const responseId = await addedRowId("Response", () => browser.post("/s/mini/review"));
      arrival.Response.set(responseId, arrival.Response.size);
    }
  }
  return arrival;
}
