import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const APP_TIME_ZONE = 'Asia/Shanghai';
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm:ss';

/** Shows an instant as Beijing time whatever the device's own zone is set to. */
export function formatTime(iso: string | null | undefined, format = DATE_TIME_FORMAT): string {
  if (!iso) return '';
  const value = dayjs(iso);
  return value.isValid() ? value.tz(APP_TIME_ZONE).format(format) : '';
}

/** Reads a picked wall-clock time as Beijing time and gives ISO 8601 with its offset, e.g. `…T08:00:00+08:00`. */
export function toShanghaiIso(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), APP_TIME_ZONE).format();
}
