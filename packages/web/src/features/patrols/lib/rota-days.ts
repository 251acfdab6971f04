import { addDays, isCalendarDate } from '@fengqiao/domain';

/** The most nights the rota takes at once (the server's limit). */
export const MAX_ROTA_NIGHTS = 366;

/**
 * The nights from `first` to `last` inclusive, as the Shanghai days their shifts begin; empty when the range is
 * reversed or not two calendar days, null when it is longer than the server takes.
 */
export function rotaDays(first: string, last: string): string[] | null {
  if (!isCalendarDate(first) || !isCalendarDate(last) || last < first) return [];
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (days.length === MAX_ROTA_NIGHTS) return null;
    days.push(day);
  }
  return days;
}
