import {
  VIDEO_PATROL_FINDING_KIND_LABELS,
  VIDEO_REMINDER_STATE_LABELS,
  type VideoPatrolResult,
  type VideoReminderState,
} from '@fengqiao/domain';
import { Tag } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import type { RoundStatus } from '../lib/round-progress';

const STATUS_COLORS: Record<RoundStatus, string> = { due: 'orange', in_progress: 'blue', done: 'green' };
const REMINDER_COLORS: Record<VideoReminderState, string> = {
  pending: 'orange',
  resolved: 'green',
  no_answer: 'red',
  referred: 'purple',
};

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const { t } = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="round-status">
      {t(`videoPatrols.status.${status}`)}
    </Tag>
  );
}

export function ReminderStateTag({ state }: { state: VideoReminderState }) {
  const { label } = useT();
  return (
    <Tag color={REMINDER_COLORS[state]} data-testid="reminder-state">
      {label(VIDEO_REMINDER_STATE_LABELS[state])}
    </Tag>
  );
}

/** A camera's result in a round: 正常, or the finding and what it became. */
export function ResultTag({ result }: { result: VideoPatrolResult | null }) {
  const { t, label } = useT();
  if (result === null) return <Tag>{t('videoPatrols.result.pending')}</Tag>;
  if (result.kind === 'normal') return <Tag color="green">{t('videoPatrols.result.normal')}</Tag>;
  return (
    <Tag color="red">
      {t('videoPatrols.result.finding')}
      {result.finding ? ` · ${label(VIDEO_PATROL_FINDING_KIND_LABELS[result.finding.kind])}` : ''}
    </Tag>
  );
}
