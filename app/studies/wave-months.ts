const DAYS_PER_MONTH = 365.25 / 12;

/** Months from one planned day (YYYY-MM-DD) to another, in average Gregorian months: the time between waves. */
export const monthsApart = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 / DAYS_PER_MONTH;
