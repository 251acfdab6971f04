import { type Dispute, MEDIATION_TRACK_LABELS, SESSION_MODE_LABELS } from '@fengqiao/domain';
import { Button, Card, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { isNotFound } from '../../../api/errors';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { OnlineRoomCard } from '../../mediation-rooms/components/OnlineRoomCard';
import { useAgreements, useMarkEffective, useMediations } from '../hooks/use-mediation';
import type { ChecklistTarget } from '../lib/agreement-checklist';
import type { AgreementFormValues } from '../lib/agreement-form';
import type { PartyField } from '../lib/party-form';
import { AgreementCard } from './AgreementCard';
import { AgreementEditorModal } from './AgreementEditorModal';
import { FollowUpsCard } from './FollowUpsCard';
import { MediationActions } from './MediationActions';
import { SessionFormModal } from './SessionFormModal';
import { StartMediationModal } from './StartMediationModal';

type Editing = { mediationId: string; agreementId?: string; focus?: keyof AgreementFormValues } | null;

// A 404 here means the server does not offer that part (yet), not a broken case: the card just stays empty.
const LoadProblem = ({ error }: { error: unknown }) => (isNotFound(error) ? null : <ErrorAlert error={error} />);

interface Props {
  dispute: Dispute;
  /** Opens the page's party dialog on the field an agreement's checklist points at. */
  onEditParty?: (partyId: string, field: PartyField) => void;
}

/** Mediations with their sessions, the agreements and the follow-up visits of one case. */
export function MediationSection({ dispute, onEditParty }: Props) {
  const { t, label, date, dateTime } = useT();
  const mediations = useMediations(dispute.id);
  const agreements = useAgreements(dispute.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [recording, setRecording] = useState(false);
  const [starting, setStarting] = useState(false);
  const markEffective = useMarkEffective(dispute.id);
  const openMediation = (mediations.data ?? []).find((mediation) => mediation.status === 'open');
  const editable = can(dispute, 'edit');
  const editingAgreement = (agreements.data ?? []).find((agreement) => agreement.id === editing?.agreementId);

  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title={t('disputes.sessions')}
        extra={
          editable && openMediation ? (
            <Button onClick={() => setRecording(true)} data-testid="session-new">
              {t('disputes.recordSession')}
            </Button>
          ) : editable && mediations.isSuccess ? (
            <Button onClick={() => setStarting(true)} data-testid="mediation-start">
              {t('disputes.startMediation')}
            </Button>
          ) : null
        }
      >
        {mediations.isError ? <LoadProblem error={mediations.error} /> : null}
        {(mediations.data ?? []).map((mediation) => (
          <Flex key={mediation.id} gap={8} wrap align="center" style={{ marginBottom: 8 }}>
            <Typography.Text>
              {label(MEDIATION_TRACK_LABELS[mediation.track])} · {date(mediation.startedAt)}
              {mediation.lastDay ? ` · ${t('disputes.lastDay', { day: mediation.lastDay })}` : ''}
            </Typography.Text>
            <MediationActions dispute={dispute} mediation={mediation} />
          </Flex>
        ))}
        <List
          dataSource={(mediations.data ?? []).flatMap((mediation) => mediation.sessions)}
          locale={{ emptyText: t('common.empty') }}
          renderItem={(session) => (
            <List.Item key={session.id} data-testid={`session-${session.id}`}>
              <List.Item.Meta
                title={`${label(SESSION_MODE_LABELS[session.mode])} · ${dateTime(session.startedAt)}`}
                description={
                  <>
                    <div>{session.participants.map((participant) => participant.name).join('、')}</div>
                    <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
                      {session.record}
                    </Typography.Paragraph>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <OnlineRoomCard dispute={dispute} mediation={openMediation} />
      <Card
        size="small"
        title={t('disputes.agreements')}
        extra={
          editable && openMediation ? (
            <Button onClick={() => setEditing({ mediationId: openMediation.id })} data-testid="agreement-new">
              {t('disputes.newAgreement')}
            </Button>
          ) : null
        }
      >
        {agreements.isError ? <LoadProblem error={agreements.error} /> : null}
        {markEffective.isError ? <ErrorAlert error={markEffective.error} /> : null}
        <Flex vertical gap={16}>
          {(agreements.data ?? []).map((agreement) => (
            <AgreementCard
              key={agreement.id}
              agreement={agreement}
              {...(can(agreement, 'sign')
                ? {
                    onEdit: () => setEditing({ mediationId: agreement.mediationId, agreementId: agreement.id }),
                    onFill: (target: ChecklistTarget) =>
                      target.kind === 'party'
                        ? onEditParty?.(target.partyId, target.field)
                        : setEditing({
                            mediationId: agreement.mediationId,
                            agreementId: agreement.id,
                            focus: target.field,
                          }),
                  }
                : {})}
              {...(can(agreement, 'mark_effective')
                ? { onMarkEffective: () => markEffective.mutate(agreement.id) }
                : {})}
              marking={markEffective.isPending && markEffective.variables === agreement.id}
            />
          ))}
          {agreements.isSuccess && agreements.data.length === 0 ? (
            <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
          ) : null}
        </Flex>
      </Card>
      <FollowUpsCard disputeId={dispute.id} agreements={agreements.data ?? []} editable={editable} />
      {starting ? <StartMediationModal dispute={dispute} onClose={() => setStarting(false)} /> : null}
      {recording && openMediation ? (
        <SessionFormModal dispute={dispute} mediationId={openMediation.id} onClose={() => setRecording(false)} />
      ) : null}
      {editing ? (
        <AgreementEditorModal
          dispute={dispute}
          mediationId={editing.mediationId}
          {...(editingAgreement ? { agreement: editingAgreement } : {})}
          {...(editing.focus ? { focus: editing.focus } : {})}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Flex>
  );
}
