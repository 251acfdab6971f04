import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { MeetingFormModal } from '../components/MeetingFormModal';
import { MeetingCards, MeetingTable } from '../components/MeetingList';
import { type MeetingDays, useMeetings } from '../hooks/use-meetings';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The `from`/`to` days of the address (the home page's "本周会商" link); a malformed one is left out. */
function daysOf(params: URLSearchParams): MeetingDays {
  const day = (key: string) => {
    const value = params.get(key);
    return value !== null && DAY.test(value) ? value : undefined;
  };
  return { from: day('from'), to: day('to') };
}

/** The town's monthly consultations, newest first, with how many of each one's tasks are still open or overdue. */
export function MeetingsPage() {
  const { t, date } = useT();
  const isMobile = useIsMobile();
  const canManage = usePermission('meeting.manage');
  const [params] = useSearchParams();
  const days = daysOf(params);
  const filtered = days.from !== undefined || days.to !== undefined;
  const meetings = useMeetings(days);
  const items = pagedItems(meetings);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="meeting-add">
              {t('meetings.create')}
            </Button>
          ) : null
        }
      />
      {filtered ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="meeting-days"
          title={t('meetings.daysFilter', { from: date(days.from), to: date(days.to) })}
          action={
            // Padded to a finger's height: on the phone this is the only way back to the whole list.
            <Link to="/meetings" style={{ display: 'inline-block', padding: '11px 0' }}>
              {t('meetings.showAll')}
            </Link>
          }
        />
      ) : null}
      {meetings.isError ? <ErrorAlert error={meetings.error} /> : null}
      {meetings.isSuccess && items.length === 0 ? (
        <Empty description={t(filtered ? 'meetings.noneInDays' : 'meetings.none')} data-testid="meeting-empty" />
      ) : isMobile ? (
        <div data-testid="meeting-cards">
          <MeetingCards meetings={items} />
        </div>
      ) : (
        <div data-testid="meeting-table">
          <MeetingTable meetings={items} loading={isListLoading(meetings)} />
        </div>
      )}
      <LoadMoreButton query={meetings} shown={items.length} />
      {creating ? <MeetingFormModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
