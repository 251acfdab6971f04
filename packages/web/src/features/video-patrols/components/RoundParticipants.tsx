import { VIDEO_PATROL_PARTICIPANT_ROLE_LABELS, type VideoPatrolParticipant } from '@fengqiao/domain';
import { Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

/** Who patrolled: the duty officer and, when the rota has one that day, the security director on rotation. */
export function RoundParticipants({ participants }: { participants: readonly VideoPatrolParticipant[] }) {
  const { t, label } = useT();
  if (participants.length === 0) {
    return <Typography.Text type="secondary">{t('videoPatrols.noParticipants')}</Typography.Text>;
  }
  return (
    <span data-testid="round-participants">
      {participants
        .map((participant) => `${label(VIDEO_PATROL_PARTICIPANT_ROLE_LABELS[participant.role])} ${participant.name}`)
        .join('、')}
    </span>
  );
}
