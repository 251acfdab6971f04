import { Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { formatTime } from '../../../ui/format-time';

/** The deadline, in red with 已超期 when it has passed: the office sorts its day by these. */
export function DeadlineText({ deadlineAt, overdue }: { deadlineAt: string | null; overdue: boolean }) {
  const { t } = useT();
  if (!deadlineAt) return <Typography.Text type="secondary">{t('disputes.noDeadline')}</Typography.Text>;
  return (
    <Typography.Text type={overdue ? 'danger' : undefined} strong={overdue} data-testid="dispute-deadline">
      {formatTime(deadlineAt, 'YYYY-MM-DD HH:mm')}
      {overdue ? ` · ${t('disputes.overdue')}` : ''}
    </Typography.Text>
  );
}
