import { PlusOutlined } from '@ant-design/icons';
import { INCIDENT_PARTY_ROLE_LABELS, type Incident, type PiiField } from '@fengqiao/domain';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { MaskedField } from '../../../ui/MaskedField';
import { sexLabelKey } from '../../../ui/sex';
import { unmaskIncidentParty } from '../hooks/use-incident-mutations';
import { AddPartyModal } from './AddPartyModal';

/**
 * The people on the incident, personal data masked; 查看 only when the server lists `unmask` for this incident and
 * 添加人员 only when it lists `add_party`.
 */
export function IncidentParties({ incident }: { incident: Incident }) {
  const { t, label } = useT();
  const canUnmask = can(incident, 'unmask');
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title={t('incidents.parties')}
      extra={
        can(incident, 'add_party') ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="incident-party-add">
            {t('incidents.addParty')}
          </Button>
        ) : null
      }
    >
      {incident.parties.length === 0 ? <Typography.Text type="secondary">{t('common.empty')}</Typography.Text> : null}
      <Flex vertical gap={12}>
        {incident.parties.map((party) => {
          const pii = (field: PiiField) => (
            <MaskedField
              field={`${field}-${party.id}`}
              value={party[field]}
              canUnmask={canUnmask}
              onUnmask={() => unmaskIncidentParty(incident.id, party.id, field)}
            />
          );
          return (
            <Descriptions
              key={party.id}
              size="small"
              column={{ xs: 1, sm: 1, md: 2 }}
              title={
                <span data-testid={`incident-party-${party.id}`}>
                  {party.name} · {label(INCIDENT_PARTY_ROLE_LABELS[party.role])}
                </span>
              }
              items={[
                { key: 'sex', label: t('people.sex'), children: party.sex ? t(sexLabelKey(party.sex)) : '—' },
                { key: 'phone', label: t('people.phone'), children: pii('phone') },
                { key: 'idNumber', label: t('people.idNumber'), children: pii('idNumber') },
                { key: 'address', label: t('people.address'), children: pii('address') },
              ]}
            />
          );
        })}
      </Flex>
      {adding ? <AddPartyModal incidentId={incident.id} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}
