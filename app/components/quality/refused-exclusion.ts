import { type FormReplyView, sentValue, summaryProblems } from "~/forms/form-reply";

/**
 * Where a refused exclusion is shown on the data-quality screen: on its row's reason field when
 * that response is listed on the page, else on the "Exclude another response" form, which then
 * shows what was typed. Messages of other buttons (an unknown index) lead nowhere.
 */
export function refusedExclusion(reply: FormReplyView, rowIds: readonly string[]) {
  const responseId = reply.failed ? sentValue(reply.values, "responseId") : undefined;
  const row = responseId !== undefined && rowIds.includes(responseId) ? responseId : null;
  const fields = row
    ? [{ name: "reason", id: `reason-${row}` }]
    : [
        { name: "responseId", id: "manual-response" },
        { name: "reason", id: "manual-reason" },
      ];
  const rowError = row ? (reply.fieldErrors.reason ?? reply.fieldErrors.responseId) : undefined;
  return {
    problems: summaryProblems(reply, responseId === undefined ? [] : fields),
    row:
      row && rowError
        ? { responseId: row, message: rowError, reason: sentValue(reply.values, "reason") }
        : null,
    manual: row ? { fieldErrors: {} as Record<string, string>, values: {} } : reply,
  };
}
