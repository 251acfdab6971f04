import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const APP_TIME_ZONE = 'Asia/Shanghai';

/** Reads a picked wall-clock time as Beijing time and gives ISO 8601 with its offset, e.g. `…T08:00:00+08:00`. */
export function toShanghaiIso(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), APP_TIME_ZONE).format();
}

/**
 * Now, as the wall-clock time a picker should show: Beijing's, whatever zone the browser runs in. `toShanghaiIso`
 * reads a picked time as Beijing time, so a default of the browser's own `dayjs()` would be hours off outside it.
 */
export function shanghaiNow(now: Date = new Date()): Dayjs {
  return dayjs(dayjs(now).tz(APP_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ss'));
}
