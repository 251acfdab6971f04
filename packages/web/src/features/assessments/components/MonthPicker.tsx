import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n/use-t';

/** Picks a calendar month (`YYYY-MM`, shown as 2026年10月); months after the current one cannot be picked. */
export function MonthPicker({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const { t } = useT();
  return (
    <DatePicker
      picker="month"
      allowClear={false}
      aria-label={t('assessment.month')}
      value={dayjs(`${month}-01`)}
      format={(value) => t('assessment.monthValue', { y: value.year(), m: value.month() + 1 })}
      disabledDate={(value) => value.isAfter(dayjs(), 'month')}
      onChange={(value) => {
        if (value) onChange(value.format('YYYY-MM'));
      }}
      data-testid="assessment-month"
    />
  );
}
