import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { MeetingFormModal } from '../components/MeetingFormModal';
import { MeetingCards, MeetingTable } from '../components/MeetingList';
import { useMeetings } from '../hooks/use-meetings';

/** The town's monthly consultations, newest first, with how many of each one's tasks are still open or overdue. */
export function MeetingsPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const canManage = usePermission('meeting.manage');
  const meetings = useMeetings();
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
      {meetings.isError ? <ErrorAlert error={meetings.error} /> : null}
      {isMobile ? (
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
