import { shanghaiDate } from '@fengqiao/domain';

/** The hours page's query: one Shanghai month or one year (never both, as the server requires), maybe one team. */
export type HoursQuery = { month: string; teamId?: string } | { year: string; teamId?: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/** From the URL; without a valid period, the current Shanghai month. */
export function readHoursQuery(params: URLSearchParams, now: Date = new Date()): HoursQuery {
  const teamId = params.get('teamId')?.trim();
  const team = teamId ? { teamId } : {};
  const year = params.get('year');
  if (year && YEAR.test(year)) return { year, ...team };
  const month = params.get('month');
  return { month: month && MONTH.test(month) ? month : shanghaiDate(now).slice(0, 7), ...team };
}

export function writeHoursQuery(query: HoursQuery): URLSearchParams {
  const params = new URLSearchParams();
  if ('year' in query) params.set('year', query.year);
  else params.set('month', query.month);
  if (query.teamId) params.set('teamId', query.teamId);
  return params;
}
