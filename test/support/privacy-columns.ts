// What the privacy rule forbids in the database: any column that could hold a network
// address, a browser fingerprint, a cookie identifier or an exact time of a respondent's action.

export type Column = { table: string; name: string; type: string };

const IDENTIFYING_NAME =
  /(^|_)ip($|_)|ip_?addr|ipaddress|remote_?addr|forwarded|user_?agent|useragent|browser|device|fingerprint|cookie|session_?id|sessionid|geo|latitude|longitude/i;

/**
 * Tables whose rows describe respondents; they may carry calendar days but no times. The submission-rate
 * counts describe what respondents did, per five-minute period: an integer period, never a time column.
 */
export const RESPONDENT_TABLES = [
  "Response",
  "ResumeDraft",
  "ResponseIdentificationCode",
  "SubmissionRateCount",
];

const TIME_TYPE = /date|time/i;
const TIME_NAME = /(At|_at|Time|time|stamp)$/;

export function privacyViolations(columns: readonly Column[]): string[] {
  return columns.flatMap(({ table, name, type }) => {
    const problems: string[] = [];
    if (IDENTIFYING_NAME.test(name)) problems.push(`${table}.${name} looks like an identifying column`);
    if (RESPONDENT_TABLES.includes(table) && (TIME_TYPE.test(type) || TIME_NAME.test(name))) {
      problems.push(`${table}.${name} (${type}) could hold an exact time of a respondent's action`);
    }
    return problems;
  });
}
