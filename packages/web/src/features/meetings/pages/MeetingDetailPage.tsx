import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { CarryOverCard } from '../components/CarryOverCard';
import { MeetingHeader } from '../components/MeetingHeader';
import { MeetingItemCard } from '../components/MeetingItemCard';
import { useMeeting } from '../hooks/use-meetings';

/**
 * One consultation: its details and buttons, then the agenda as held — the earlier meetings' pending tasks first,
 * then the four items in order, each with its minutes.
 */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const navigate = useNavigate();
  const meeting = useMeeting(id);

  if (meeting.isPending) return <Skeleton active />;
  if (meeting.isError) return <RecordLoadError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const record = meeting.data;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200 }}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('common.back')}
        </Button>
      </Flex>
      <MeetingHeader meeting={record} />
      <CarryOverCard tasks={record.carryOver} />
      {record.items.map((item, index) => (
        <MeetingItemCard key={item.item} meeting={record} item={item} index={index} />
      ))}
    </Flex>
  );
}
