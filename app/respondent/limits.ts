/** Named limits of the respondent's journey, shared by server code and pages. */

/** Days a saved draft and its resume code live after the last save. */
export const RESUME_CODE_TTL_DAYS = 30;
