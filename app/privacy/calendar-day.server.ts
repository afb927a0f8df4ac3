/** Dates respondents leave behind are calendar days in UTC ("2026-11-25"), never clock times. */
export function calendarDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

export function calendarDayPlus(days: number, date: Date = new Date()): string {
  const shifted = new Date(date.getTime());
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return calendarDay(shifted);
}
