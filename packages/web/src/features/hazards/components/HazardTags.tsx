import { HAZARD_SOURCE_LABELS, HAZARD_STATE_LABELS, type Hazard, type HazardState } from '@fengqiao/domain';
import { Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

const STATE_COLORS: Record<HazardState, string> = {
  reported: 'orange',
  assigned: 'blue',
  rectified: 'purple',
  verified: 'green',
};

export function HazardStateTag({ state }: { state: HazardState }) {
  const { label } = useT();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="hazard-state">
      {label(HAZARD_STATE_LABELS[state])}
    </Tag>
  );
}

export function HazardSourceTag({ source }: { source: Hazard['source'] }) {
  const { label } = useT();
  return <Tag>{label(HAZARD_SOURCE_LABELS[source])}</Tag>;
}

/** The last day and how it stands: red once overdue, orange on the day itself. */
export function HazardDeadline({ hazard }: { hazard: Pick<Hazard, 'dueOn' | 'deadline'> }) {
  const { t, date } = useT();
  if (!hazard.dueOn) return <Typography.Text type="secondary">{t('hazards.noDeadline')}</Typography.Text>;
  const day = date(`${hazard.dueOn}T12:00:00+08:00`);
  const { deadline } = hazard;
  if (deadline.kind === 'overdue') {
    return (
      <Typography.Text type="danger" strong data-testid="hazard-overdue">
        {day} · {t('hazards.overdueDays', { days: deadline.days })}
      </Typography.Text>
    );
  }
  if (deadline.kind === 'today')
    return <Typography.Text type="warning">{`${day} · ${t('hazards.dueToday')}`}</Typography.Text>;
  if (deadline.kind === 'remaining')
    return <span>{`${day} · ${t('hazards.remainingDays', { days: deadline.days })}`}</span>;
  return <span>{day}</span>;
}
