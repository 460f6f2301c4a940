// Date options: a real calendar day or a usage error (exit 2), never silently ignored.
import { InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../schema/calendar.js';

export function calendarDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(v)) throw new InvalidArgumentError(`expected a date YYYY-MM-DD, got "${v}"`);
  if (!isCalendarDate(v)) throw new InvalidArgumentError(`"${v}" is not a calendar date`);
  return v;
}
