/** Dates as records and reports print them. */

/** A day in the person's own time zone, as YYYY-MM-DD (today unless told otherwise). */
export function isoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
