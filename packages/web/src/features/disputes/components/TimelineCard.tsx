import { DISPUTE_STATE_LABELS, DIVERSION_ROUTE_LABELS, type TimelineEntry } from '@fengqiao/domain';
import { Card, Timeline, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { timelineEventText } from './timeline-event-label';

/** Every move of the case, oldest first: who, when, what and why (the rules require all four). */
export function TimelineCard({
  entries,
  departmentName,
}: {
  entries: TimelineEntry[];
  departmentName: (id: string) => string;
}) {
  const { t, label, dateTime } = useT();
  return (
    <Card size="small" title={t('disputes.timeline')}>
      <Timeline
        items={entries.map((entry) => ({
          key: entry.id,
          content: (
            <div data-testid="timeline-entry">
              <Typography.Text strong>{timelineEventText(entry.event, t, label)}</Typography.Text>
              {entry.toState ? (
                <Typography.Text type="secondary"> → {label(DISPUTE_STATE_LABELS[entry.toState])}</Typography.Text>
              ) : null}
              <div>
                <Typography.Text type="secondary">
                  {dateTime(entry.at)} · {entry.actorName ?? t('disputes.system')}
                </Typography.Text>
              </div>
              {entry.departmentIds.length > 0 ? (
                <div>
                  {t('disputes.departmentsList', { names: entry.departmentIds.map(departmentName).join('、') })}
                </div>
              ) : null}
              {entry.route ? <div>{label(DIVERSION_ROUTE_LABELS[entry.route])}</div> : null}
              {entry.reason ? <Typography.Paragraph style={{ margin: 0 }}>{entry.reason}</Typography.Paragraph> : null}
              {entry.explanation ? (
                <Typography.Paragraph type="warning" style={{ margin: 0 }}>
                  {entry.explanation}
                </Typography.Paragraph>
              ) : null}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
