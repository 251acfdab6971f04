import { Alert, Card, Descriptions, Flex, List, Spin, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { useStay } from '../hooks/use-rotation';

/** A director's stay at the station: the turn, the check-ins, and the incidents, mediations and disputes of those days. */
export function DirectorStayPage() {
  const { id = '' } = useParams();
  const { t, date, dateTime } = useT();
  const stay = useStay(id);
  if (stay.isError) return <RecordLoadError error={stay.error} onRetry={() => void stay.refetch()} />;
  if (!stay.data) return <Spin />;
  const { slot, incidents, mediationSessions, disputes } = stay.data;
  return (
    <>
      <PageHeader title={t('rotation.stayTitle', { village: slot.villageName })} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('rotation.village')}>{slot.villageName}</Descriptions.Item>
            <Descriptions.Item label={t('rotation.director')}>
              {slot.directorName ?? t('rotation.noDirector')}
            </Descriptions.Item>
            <Descriptions.Item label={t('rotation.days')}>
              <Flex gap={4} wrap>
                {slot.days.map((day) => (
                  <Tag key={day} color={slot.checkIns.includes(day) ? 'green' : 'default'}>
                    {date(day)}
                  </Tag>
                ))}
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('rotation.checkIn')}>
              {t('rotation.checkedIn', { n: slot.checkIns.length, total: slot.days.length })}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('rotation.incidents')}>
          <List
            dataSource={incidents}
            locale={{ emptyText: t('common.empty') }}
            renderItem={(incident) => (
              <List.Item key={incident.id} data-testid="stay-incident">
                <List.Item.Meta
                  title={
                    <Link to={`/incidents/${incident.id}`}>
                      {incident.number} · {incident.className}
                    </Link>
                  }
                  description={`${dateTime(incident.receivedAt)} · ${incident.summary}`}
                />
              </List.Item>
            )}
          />
        </Card>
        <Card size="small" title={t('rotation.sessions')}>
          <List
            dataSource={mediationSessions}
            locale={{ emptyText: t('common.empty') }}
            renderItem={(session) => (
              <List.Item key={session.id}>
                <Link to={`/disputes/${session.disputeId}`}>{session.disputeNumber}</Link>
                <span>
                  {dateTime(session.startedAt)}
                  {session.location ? ` · ${session.location}` : ''}
                </span>
              </List.Item>
            )}
          />
        </Card>
        <Card size="small" title={t('rotation.disputes')}>
          <List
            dataSource={disputes}
            locale={{ emptyText: t('common.empty') }}
            renderItem={(dispute) => (
              <List.Item key={dispute.id} data-testid="stay-dispute">
                <List.Item.Meta
                  title={<Link to={`/disputes/${dispute.id}`}>{dispute.number}</Link>}
                  description={`${dateTime(dispute.createdAt)} · ${dispute.summary}`}
                />
              </List.Item>
            )}
          />
        </Card>
        <Alert type="info" showIcon title={t('rotation.patrolsElsewhere')} />
      </Flex>
    </>
  );
}
