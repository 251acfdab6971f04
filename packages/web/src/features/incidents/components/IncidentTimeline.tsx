import {
  INCIDENT_ACTION_LABELS,
  INCIDENT_ACTIONS,
  INCIDENT_STATE_LABELS,
  type IncidentAction,
  type IncidentTimelineEntry,
} from '@fengqiao/domain';
import { Card, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';

const OTHER_EVENTS: Record<Exclude<IncidentTimelineEntry['event'], IncidentAction>, MessageKey> = {
  received: 'incidents.eventReceived',
  party_added: 'incidents.eventPartyAdded',
  repeat_linked: 'incidents.eventRepeatLinked',
};

function isAction(event: IncidentTimelineEntry['event']): event is IncidentAction {
  return (INCIDENT_ACTIONS as readonly string[]).includes(event);
}

/** Every step of the incident, oldest first: what, when (Beijing time), who, and the record it produced. */
export function IncidentTimeline({ entries }: { entries: IncidentTimelineEntry[] }) {
  const { t, label, dateTime } = useT();
  return (
    <Card size="small" title={t('incidents.timeline')}>
      <Timeline
        items={entries.map((entry) => ({
          key: entry.id,
          content: (
            <div data-testid="incident-timeline-entry">
              <Typography.Text strong>
                {isAction(entry.event) ? label(INCIDENT_ACTION_LABELS[entry.event]) : t(OTHER_EVENTS[entry.event])}
              </Typography.Text>
              {entry.toState ? (
                <Typography.Text type="secondary"> → {label(INCIDENT_STATE_LABELS[entry.toState])}</Typography.Text>
              ) : null}
              <div>
                <Typography.Text type="secondary">
                  {dateTime(entry.at)} · {entry.actorName ?? t('incidents.system')}
                </Typography.Text>
              </div>
              {entry.event === 'refer_people_mediation' && entry.refId ? (
                <Link to={`/disputes/${encodeURIComponent(entry.refId)}`}>{t('incidents.openDispute')}</Link>
              ) : null}
              {entry.note ? <Typography.Paragraph style={{ margin: 0 }}>{entry.note}</Typography.Paragraph> : null}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
