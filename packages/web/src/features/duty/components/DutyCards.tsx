import { DUTY_TYPE_LABELS, type DutyLog } from '@fengqiao/domain';
import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { DutyLinks } from './DutyLinks';
import { DutyPhotos } from './DutyPhotos';

/** Entries on a phone: one card each, the duty and its time first. */
export function DutyCards({ entries }: { entries: DutyLog[] }) {
  const { label, dateTime } = useT();
  return (
    <Flex vertical gap={10}>
      {entries.map((entry) => (
        <Card key={entry.id} size="small" data-testid="duty-card" styles={{ body: { padding: '12px 14px' } }}>
          <Flex vertical gap={4}>
            <Flex justify="space-between" align="baseline" gap={8} wrap>
              <Typography.Text strong style={{ fontSize: 17 }}>
                {label(DUTY_TYPE_LABELS[entry.type])}
              </Typography.Text>
              <Typography.Text type="secondary">{dateTime(entry.occurredAt)}</Typography.Text>
            </Flex>
            <Typography.Text type="secondary">
              {entry.villageName} · {entry.officerName}
              {entry.place ? ` · ${entry.place}` : ''}
            </Typography.Text>
            {entry.note ? <Typography.Paragraph style={{ margin: 0 }}>{entry.note}</Typography.Paragraph> : null}
            <DutyLinks links={entry.links} />
            <DutyPhotos entry={entry} />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
