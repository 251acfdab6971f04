import { EditOutlined } from '@ant-design/icons';
import { type Dispute, PARTY_ROLE_LABELS } from '@fengqiao/domain';
import { Button, Card, Flex, Typography } from 'antd';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { PartyDescriptions } from '../../../ui/PartyDescriptions';
import { unmaskParty } from '../hooks/use-dispute-mutations';

/**
 * The parties, their personal data masked; 查看 only when the server lists `unmask` for this case, 修改 only for
 * those who may work it (`edit`).
 */
export function PartiesCard({ dispute, onEdit }: { dispute: Dispute; onEdit?: (partyId: string) => void }) {
  const { t, label } = useT();
  const editable = can(dispute, 'edit');
  const canUnmask = can(dispute, 'unmask');
  return (
    <Card size="small" title={t('disputes.parties')}>
      {dispute.parties.length === 0 ? <Typography.Text type="secondary">{t('common.empty')}</Typography.Text> : null}
      <Flex vertical gap={12}>
        {dispute.parties.map((party) => (
          <PartyDescriptions
            key={party.id}
            party={party}
            role={label(PARTY_ROLE_LABELS[party.role])}
            testId={`party-${party.id}`}
            canUnmask={canUnmask}
            onUnmask={(field) => unmaskParty(dispute.id, party.id, field)}
            extra={
              onEdit && editable ? (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => onEdit(party.id)}
                  data-testid={`party-edit-${party.id}`}
                >
                  {t('agreement.editParty')}
                </Button>
              ) : null
            }
            before={[
              { key: 'ethnicity', label: t('people.ethnicity'), children: party.ethnicity ?? '—' },
              { key: 'age', label: t('agreement.age'), children: party.age ?? '—' },
              { key: 'occupation', label: t('agreement.occupation'), children: party.occupation ?? '—' },
            ]}
            after={[{ key: 'agent', label: t('agreement.agent'), children: party.agent ?? '—' }]}
          />
        ))}
      </Flex>
    </Card>
  );
}
