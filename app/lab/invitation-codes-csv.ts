/**
 * A batch of invitation codes as a CSV file, offered as a data: link on the page that shows them:
 * the file is made in the browser from the codes already on screen, so nothing is stored and no
 * second request could fetch them again (works without JavaScript).
 */
export function invitationCodesCsvHref(codes: readonly string[]): string {
  const csv = ["invitation_code", ...codes].map((line) => `${line}\r\n`).join("");
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
