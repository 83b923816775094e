/** Dates as people write them in files: checked against the calendar, not only their shape. */

/** Whether `value` is a date as YYYY-MM-DD that the calendar has (no 2026-02-30, no month 13). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Whether `value` is a year, a year and month, or a calendar date (YYYY, YYYY-MM, YYYY-MM-DD). */
export function isCalendarDateOrPart(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12;
  return isCalendarDate(value);
}
