import {
  CASE_KIND_LABELS,
  disputePlaceName,
  INCIDENT_DISPOSITION_LABELS,
  INCIDENT_SOURCE_LABELS,
  type Incident,
  REPEAT_REASON_LABELS,
} from '@fengqiao/domain';
import { Card, Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { MaskedField } from '../../../ui/MaskedField';
import { unmaskIncidentAddress } from '../hooks/use-incident-mutations';
import { ArrivalTag, DisputeFlagTag, IncidentStateTag } from './IncidentTags';

/** Number, state and arrival against the class's target first; then what, where, who is responsible and how it ended. */
export function IncidentHeader({ incident }: { incident: Incident }) {
  const { t, label, dateTime } = useT();
  const items = [
    { key: 'class', label: t('incidents.class'), children: `${incident.classCode} ${incident.className}` },
    { key: 'village', label: t('incidents.village'), children: disputePlaceName(incident) },
    { key: 'source', label: t('incidents.source'), children: label(INCIDENT_SOURCE_LABELS[incident.source]) },
    { key: 'receivedAt', label: t('incidents.receivedAt'), children: dateTime(incident.receivedAt) },
    {
      key: 'arrival',
      label: t('incidents.arrivalTarget'),
      children: (
        <Flex gap={6} align="center" wrap>
          <ArrivalTag arrival={incident.arrival} testId="incident-arrival" />
          <span>{t('incidents.targetMinutes', { n: incident.arrivalTargetMinutes })}</span>
        </Flex>
      ),
    },
    {
      key: 'address',
      label: t('incidents.address'),
      children: (
        <MaskedField
          field="incident-address"
          value={incident.address}
          canUnmask={can(incident, 'unmask')}
          onUnmask={() => unmaskIncidentAddress(incident.id)}
        />
      ),
    },
    { key: 'officer', label: t('incidents.responsibleOfficer'), children: incident.responsibleOfficerName ?? '—' },
    ...(incident.disposition
      ? [
          {
            key: 'disposition',
            label: t('incidents.disposition'),
            children: label(INCIDENT_DISPOSITION_LABELS[incident.disposition]),
          },
        ]
      : []),
    ...(incident.caseKind
      ? [
          {
            key: 'case',
            label: t('incidents.caseNumber'),
            children: `${label(CASE_KIND_LABELS[incident.caseKind])} ${incident.caseNumber ?? ''}`,
          },
        ]
      : []),
    ...(incident.departmentName
      ? [{ key: 'department', label: t('incidents.department'), children: incident.departmentName }]
      : []),
    ...(incident.disputeId
      ? [
          {
            key: 'dispute',
            label: t('incidents.referredDispute'),
            children: (
              <Link to={`/disputes/${encodeURIComponent(incident.disputeId)}`} data-testid="incident-dispute-link">
                {incident.disputeNumber ?? incident.disputeId}
              </Link>
            ),
          },
        ]
      : []),
    ...(incident.duplicateOfId
      ? [
          {
            key: 'duplicateOf',
            label: t('incidents.duplicateOf'),
            children: (
              <Link to={`/incidents/${encodeURIComponent(incident.duplicateOfId)}`}>
                {incident.duplicateOfNumber ?? incident.duplicateOfId}
              </Link>
            ),
          },
        ]
      : []),
    ...(incident.repeats.length > 0
      ? [
          {
            key: 'repeats',
            label: t('incidents.repeats'),
            children: (
              <Flex vertical gap={2}>
                {incident.repeats.map((repeat) => (
                  <span key={repeat.incidentId}>
                    <Link to={`/incidents/${encodeURIComponent(repeat.incidentId)}`}>{repeat.number}</Link>{' '}
                    {label(REPEAT_REASON_LABELS[repeat.reason])} · {dateTime(repeat.receivedAt)}
                  </span>
                ))}
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="incident-number">
            {incident.number}
          </Typography.Title>
          <IncidentStateTag state={incident.state} testId="incident-state" />
          <DisputeFlagTag dispute={incident.dispute} />
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} items={items} />
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="incident-summary">
          {incident.summary}
        </Typography.Paragraph>
        {incident.feedback ? (
          <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {t('incidents.feedbackText', { text: incident.feedback })}
          </Typography.Paragraph>
        ) : null}
      </Flex>
    </Card>
  );
}
