import { INCIDENT_STATE_LABELS, type Incident, type IncidentState } from '@fengqiao/domain';
import { Tag } from 'antd';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';

function stateColor(state: IncidentState): string {
  if (state === 'CLOSED' || state === 'REVIEWED') return 'green';
  if (state === 'RECEIVED' || state === 'DISPATCHED') return 'orange';
  return 'processing';
}

export function IncidentStateTag({ state, testId }: { state: IncidentState; testId?: string }) {
  const { label } = useT();
  return (
    <Tag color={stateColor(state)} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {label(INCIDENT_STATE_LABELS[state])}
    </Tag>
  );
}

const ARRIVAL_STYLES = {
  on_time: { color: 'green', key: 'incidents.arrivalOnTime' },
  late: { color: 'red', key: 'incidents.arrivalLate' },
  awaiting: { color: 'default', key: 'incidents.arrivalAwaiting' },
  overdue: { color: 'red', key: 'incidents.arrivalOverdue' },
  not_required: { color: 'default', key: 'incidents.arrivalNotRequired' },
} as const satisfies Record<Incident['arrival']['status'], { color: string; key: MessageKey }>;

/** Arrival against the class's target; late and overdue in red, so the desk sees them first. */
export function ArrivalTag({ arrival, testId }: { arrival: Incident['arrival']; testId?: string }) {
  const { t } = useT();
  const style = ARRIVAL_STYLES[arrival.status];
  return (
    <Tag color={style.color} data-testid={testId} data-late={arrival.late} style={{ marginInlineEnd: 0 }}>
      {t(style.key)}
      {arrival.minutes !== null ? ` · ${t('incidents.minutes', { n: arrival.minutes })}` : ''}
    </Tag>
  );
}

export function DisputeFlagTag({ dispute }: { dispute: boolean }) {
  const { t } = useT();
  return dispute ? (
    <Tag color="purple" style={{ marginInlineEnd: 0 }}>
      {t('incidents.disputeFlag')}
    </Tag>
  ) : null;
}
