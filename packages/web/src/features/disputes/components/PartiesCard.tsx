import { EditOutlined } from '@ant-design/icons';
import { type Dispute, type DisputeParty, PARTY_ROLE_LABELS, type PiiField } from '@fengqiao/domain';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { MaskedField } from '../../../ui/MaskedField';
import { sexLabelKey } from '../../../ui/sex';
import { unmaskParty } from '../hooks/use-dispute-mutations';

/**
 * The parties, their personal data masked; 查看 only when the server lists `unmask` for this case, 修改 only for
 * those who may work it (`edit`).
 */
export function PartiesCard({ dispute, onEdit }: { dispute: Dispute; onEdit?: (partyId: string) => void }) {
  const { t, label } = useT();
  const editable = can(dispute, 'edit');
  const canUnmask = can(dispute, 'unmask');
  const sexText = (sex: DisputeParty['sex']) => (sex ? t(sexLabelKey(sex)) : '—');
  return (
    <Card size="small" title={t('disputes.parties')}>
      {dispute.parties.length === 0 ? <Typography.Text type="secondary">{t('common.empty')}</Typography.Text> : null}
      <Flex vertical gap={12}>
        {dispute.parties.map((party) => {
          const pii = (field: PiiField) => (
            <MaskedField
              field={`${field}-${party.id}`}
              value={party[field]}
              canUnmask={canUnmask}
              onUnmask={() => unmaskParty(dispute.id, party.id, field)}
            />
          );
          return (
            <Descriptions
              key={party.id}
              size="small"
              column={{ xs: 1, sm: 1, md: 2 }}
              title={
                <span data-testid={`party-${party.id}`}>
                  {party.name} · {label(PARTY_ROLE_LABELS[party.role])}
                </span>
              }
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
              items={[
                { key: 'sex', label: t('people.sex'), children: sexText(party.sex) },
                { key: 'ethnicity', label: t('people.ethnicity'), children: party.ethnicity ?? '—' },
                { key: 'age', label: t('agreement.age'), children: party.age ?? '—' },
                { key: 'occupation', label: t('agreement.occupation'), children: party.occupation ?? '—' },
                { key: 'phone', label: t('people.phone'), children: pii('phone') },
                { key: 'idNumber', label: t('people.idNumber'), children: pii('idNumber') },
                { key: 'address', label: t('people.address'), children: pii('address') },
                { key: 'agent', label: t('agreement.agent'), children: party.agent ?? '—' },
              ]}
            />
          );
        })}
      </Flex>
    </Card>
  );
}
