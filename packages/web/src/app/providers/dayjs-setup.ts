import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Lang } from '../i18n/lang';

dayjs.extend(utc);
dayjs.extend(timezone);

// antd's zh_CN locale alone leaves DatePicker weekdays in English; dayjs needs its own locale too.
export function applyDayjsLocale(lang: Lang): void {
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
}
