import { PlusOutlined } from '@ant-design/icons';
import { INCIDENT_PARTY_ROLE_LABELS, type Incident } from '@fengqiao/domain';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { PartyDescriptions } from '../../../ui/PartyDescriptions';
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
        {incident.parties.map((party) => (
          <PartyDescriptions
            key={party.id}
            party={party}
            role={label(INCIDENT_PARTY_ROLE_LABELS[party.role])}
            testId={`incident-party-${party.id}`}
            canUnmask={canUnmask}
            onUnmask={(field) => unmaskIncidentParty(incident.id, party.id, field)}
          />
        ))}
      </Flex>
      {adding ? <AddPartyModal incidentId={incident.id} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}
