import { type DisputeState, deadlineStatus, formatBeijingMonthDay, shanghaiDate } from '@fengqiao/domain';
import { Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

interface Props {
  deadlineAt: string | null;
  state: DisputeState;
}

/**
 * The deadline as the office sorts its day by it: 剩3天 / 今天到期 / 超期5天, with the last day named as a day
 * (截止12月7日). Nothing once the tier's clock has stopped.
 */
export function DeadlineText({ deadlineAt, state }: Props) {
  const { t, lang, date } = useT();
  const status = deadlineStatus(deadlineAt, state);
  if (status.kind === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
  const sameYear = status.lastDay.slice(0, 4) === shanghaiDate(new Date()).slice(0, 4);
  const day = sameYear ? formatBeijingMonthDay(status.lastDay, lang) : date(status.lastDay);
  const late = status.kind === 'overdue';
  const text =
    status.kind === 'remaining'
      ? t('disputes.daysLeft', { n: status.days })
      : status.kind === 'today'
        ? t('disputes.dueToday')
        : t('disputes.daysOverdue', { n: status.days });
  return (
    <Typography.Text
      type={late ? 'danger' : status.kind === 'today' ? 'warning' : undefined}
      strong={late || status.kind === 'today'}
      data-testid="dispute-deadline"
    >
      {/* Two unbreakable halves: in the table's narrow column the last day wraps under the count, not over the next. */}
      <span className="fq-keep-together">{text}</span>{' '}
      <span className="fq-keep-together">· {t('disputes.dueBy', { day })}</span>
    </Typography.Text>
  );
}
