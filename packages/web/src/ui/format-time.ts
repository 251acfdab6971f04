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
