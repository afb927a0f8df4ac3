/**
 * Named limits of the forms and pages, in one place: the zod schemas that check a form and the
 * pages that show its hints both read them from here. Literals only (no imports), so any page can
 * use them without pulling server or export code into the browser.
 */

// ── Export privacy check (k-anonymity), the export tab ────────────────────────────────────────
/** Smallest and largest k a researcher can ask the k-anonymity check for. */
export const EXPORT_K_MIN = 2;
export const EXPORT_K_MAX = 100;
/** The tab's k when none is chosen: DEFAULT_K of the k-anonymity search (a unit test keeps them equal). */
export const EXPORT_K_DEFAULT = 5;
/** Largest share of the responses (in %) whose quasi-identifiers may be blanked instead of coarsening further. */
export const EXPORT_SUPPRESSION_MAX_PERCENT = 10;
/** The search's DEFAULT_SUPPRESSION_LIMIT, in % (a unit test keeps them equal). */
export const EXPORT_SUPPRESSION_DEFAULT_PERCENT = 2;

// ── Analysis small-cell rule, the analysis tab and publishing ─────────────────────────────────
/** Groups smaller than k are suppressed in every table and chart. */
export const ANALYSIS_K_MIN = 5;
export const ANALYSIS_K_MAX = 100;
export const ANALYSIS_K_DEFAULT = 10;

// ── Lists shown a page at a time ──────────────────────────────────────────────────────────────
export const AUDIT_PAGE_SIZE = 50;
/** Rows per page of the flagged-responses and free-text tables. */
export const QUALITY_PAGE_SIZE = 25;
/** Rows per page of the response browser's list. */
export const RESPONSE_LIST_PAGE_SIZE = 50;
/** The largest page number a list's address may ask for. */
export const PAGE_NUMBER_MAX = 1_000_000;

// ── Invitation codes ──────────────────────────────────────────────────────────────────────────
/** Largest batch the lab generates at once (and shows once, as a list and a CSV). */
export const MAX_CODES_PER_BATCH = 5_000;
/** What the "Number of codes" field offers first. */
export const CODES_PER_BATCH_DEFAULT = 10;

// ── Text a person types ───────────────────────────────────────────────────────────────────────
/** A typed resume or invitation code: anything longer cannot be one. */
export const TYPED_CODE_MAX_LENGTH = 100;
/** A response id typed or sent by the lab's quality and free-text forms. */
export const RESPONSE_ID_MAX_LENGTH = 64;
/** A reason typed by a researcher for excluding a response. */
export const EXCLUSION_REASON_MAX_LENGTH = 500;
/** A finding's title, summary and narrative, as the publish form accepts them. */
export const FINDING_TITLE_MIN_LENGTH = 5;
export const FINDING_TITLE_MAX_LENGTH = 200;
export const FINDING_SUMMARY_MIN_LENGTH = 20;
export const FINDING_SUMMARY_MAX_LENGTH = 1_000;
export const FINDING_NARRATIVE_MAX_LENGTH = 20_000;
/** A withdrawal's reason, shown on the tombstone: long enough to say something, short enough to read. */
export const WITHDRAWAL_REASON_MIN_LENGTH = 10;
export const WITHDRAWAL_REASON_MAX_LENGTH = 1_000;
/** Largest definition file (bytes) or pasted definition (characters) the import form accepts. */
export const DEFINITION_MAX_BYTES = 1_000_000;
export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MAX_LENGTH = 1024;
/** A password a person chooses or an administrator types (NIST SP 800-63B asks for at least 8). */
export const PASSWORD_MIN_LENGTH = 12;
/** Recovery codes shown once when TOTP is turned on. */
export const TOTP_RECOVERY_CODE_COUNT = 10;
/** Minutes the TOTP step of a sign-in (after the password) stays open. */
export const SECOND_FACTOR_WINDOW_MINUTES = 5;

// ── Respondents ───────────────────────────────────────────────────────────────────────────────
/** Days a saved draft and its resume code live after the last save. */
export const RESUME_CODE_TTL_DAYS = 30;

// ── Free-text review: redaction and the codebook ──────────────────────────────────────────────
/** A passage typed to be redacted (a text item's answer is at most 5,000 characters). */
export const REDACT_PASSAGE_MAX_LENGTH = 5_000;
/** What a redacted passage becomes in the stored answer. */
export const REDACTION_MARKER = "[redacted]";
/** A qualitative code's name and description, and how many codes one survey's codebook holds. */
export const FREE_TEXT_CODE_NAME_MAX_LENGTH = 60;
export const FREE_TEXT_CODE_DESCRIPTION_MAX_LENGTH = 300;
export const FREE_TEXT_CODES_MAX = 50;
