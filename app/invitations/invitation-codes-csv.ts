import { csvRecords } from "../../instrument/encode/csv";

/**
 * A batch of invitation codes as a CSV file, offered as a data: link on the page that shows them:
 * the file is made in the browser from the codes already on screen, so nothing is stored and no
 * second request could fetch them again (works without JavaScript). Written by the project's one
 * CSV writer, the same pure function the exports use.
 */
export function invitationCodesCsvHref(codes: readonly string[]): string {
  const csv = csvRecords([["invitation_code"], ...codes.map((code) => [code])]);
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
