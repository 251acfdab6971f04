import { PlusOutlined } from '@ant-design/icons';
import { type AgreementRecord, SATISFACTION_LABELS } from '@fengqiao/domain';
import { Button, Card, List } from 'antd';
import { useState } from 'react';
import { isNotFound } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFollowUps } from '../hooks/use-mediation';
import { FollowUpFormModal } from './FollowUpFormModal';

interface Props {
  disputeId: string;
  /** The case's agreements, offered as what the visit followed up. */
  agreements: readonly AgreementRecord[];
  /** The case's `edit` flag: those who handle it record visits. */
  editable: boolean;
}

/** The follow-up visits of a case, newest as the server orders them, and the button to record one. */
export function FollowUpsCard({ disputeId, agreements, editable }: Props) {
  const { t, label, date } = useT();
  const followUps = useFollowUps(disputeId);
  const [adding, setAdding] = useState(false);

  return (
    <Card
      size="small"
      title={t('disputes.followUps')}
      extra={
        editable ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="follow-up-add">
            {t('disputes.addFollowUp')}
          </Button>
        ) : null
      }
    >
      {/* A 404 means the server does not offer visits for this case: the card just stays empty. */}
      {followUps.isError && !isNotFound(followUps.error) ? <ErrorAlert error={followUps.error} /> : null}
      <List
        dataSource={followUps.data ?? []}
        locale={{ emptyText: t('common.empty') }}
        renderItem={(visit) => (
          <List.Item key={visit.id} data-testid={`follow-up-${visit.id}`}>
            <List.Item.Meta
              title={`${date(visit.visitedAt)} · ${visit.whom} · ${label(SATISFACTION_LABELS[visit.satisfaction])}`}
              description={[
                visit.performed ? t('disputes.performed') : t('disputes.notPerformed'),
                visit.hiddenRisk ? t('disputes.hiddenRisk', { text: visit.hiddenRisk }) : null,
                visit.note,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </List.Item>
        )}
      />
      {adding ? (
        <FollowUpFormModal disputeId={disputeId} agreements={agreements} onClose={() => setAdding(false)} />
      ) : null}
    </Card>
  );
}
