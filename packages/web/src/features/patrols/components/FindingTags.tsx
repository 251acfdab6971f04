import { PATROL_FINDING_LABELS, type PatrolFinding } from '@fengqiao/domain';
import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';

const COLORS = { nothing: 'default', hazard: 'orange', suspect: 'red', incident: 'volcano' } as const;

/** A log's findings, each with a link to the hazard or incident it registered. */
export function FindingTags({
  findings,
  showNotes = false,
}: {
  findings: readonly PatrolFinding[];
  showNotes?: boolean;
}) {
  const { t, label } = useT();
  if (findings.length === 0) return <Typography.Text type="secondary">{t('patrols.noFindings')}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {findings.map((finding, index) => (
        // Findings have no id of their own; their order in the log is fixed once written.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Flex key={index} gap={6} wrap align="baseline" data-testid="patrol-finding">
          <Tag color={COLORS[finding.kind]} style={{ marginInlineEnd: 0 }}>
            {label(PATROL_FINDING_LABELS[finding.kind])}
          </Tag>
          {finding.hazardId ? (
            <Link to={`/hazards/${encodeURIComponent(finding.hazardId)}`} data-testid="patrol-finding-hazard">
              {t('patrols.openHazard')}
            </Link>
          ) : null}
          {finding.incidentId ? (
            <Link to={`/incidents/${encodeURIComponent(finding.incidentId)}`} data-testid="patrol-finding-incident">
              {t('patrols.openIncident')}
            </Link>
          ) : null}
          {showNotes && finding.note ? <Typography.Text>{finding.note}</Typography.Text> : null}
        </Flex>
      ))}
    </Flex>
  );
}
