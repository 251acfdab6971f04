import { type Dispute, PARTY_ROLE_LABELS, type PiiField } from '@fengqiao/domain';
import { Card, Descriptions, Flex, Typography } from 'antd';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { MaskedField } from '../../../ui/MaskedField';
import { unmaskParty } from '../hooks/use-dispute-mutations';

/** The parties, their personal data masked; 查看 only when the server lists `unmask` for this case. */
export function PartiesCard({ dispute }: { dispute: Dispute }) {
  const { t, label } = useT();
  const canUnmask = can(dispute, 'unmask');
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
              items={[
                { key: 'phone', label: t('people.phone'), children: pii('phone') },
                { key: 'idNumber', label: t('people.idNumber'), children: pii('idNumber') },
                { key: 'address', label: t('people.address'), children: pii('address') },
              ]}
            />
          );
        })}
      </Flex>
    </Card>
  );
}
