import { RightOutlined } from '@ant-design/icons';
import { disputePlaceName, type IncidentListItem } from '@fengqiao/domain';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { FieldSteps } from './FieldSteps';
import { ArrivalTag, DisputeFlagTag, IncidentStateTag } from './IncidentTags';

/** The village's incidents on a phone: big cards, newest first, late ones marked, the next field step on each. */
export function IncidentCards({ incidents }: { incidents: IncidentListItem[] }) {
  const { dateTime } = useT();
  return (
    <Flex vertical gap={12}>
      {incidents.map((incident) => (
        <Card
          key={incident.id}
          size="small"
          data-testid={`incident-card-${incident.id}`}
          style={incident.arrival.late ? { borderColor: '#ff4d4f', borderWidth: 2 } : undefined}
          styles={{ body: { padding: '12px 14px' } }}
        >
          <Flex vertical gap={10}>
            <Link to={`/incidents/${encodeURIComponent(incident.id)}`} style={{ color: 'inherit' }}>
              <Flex justify="space-between" align="center" gap={8}>
                <Flex vertical gap={4} style={{ minWidth: 0 }}>
                  <Flex align="center" gap={6} wrap>
                    <IncidentStateTag state={incident.state} testId={`incident-card-state-${incident.id}`} />
                    <ArrivalTag arrival={incident.arrival} />
                    <DisputeFlagTag dispute={incident.dispute} />
                  </Flex>
                  <Typography.Text strong style={{ fontSize: 18 }} ellipsis>
                    {incident.className} · {disputePlaceName(incident)}
                  </Typography.Text>
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 16 }}>
                    {incident.summary}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">
                    {dateTime(incident.receivedAt)} · {incident.number}
                  </Typography.Text>
                </Flex>
                <RightOutlined style={{ color: '#999' }} />
              </Flex>
            </Link>
            <FieldSteps incident={incident} />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
