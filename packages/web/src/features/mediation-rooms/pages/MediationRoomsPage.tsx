import type { RoomView } from '@fengqiao/domain';
import { Button, Card, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { useOpenRooms } from '../hooks/use-rooms';

const rowProps = rowTestId((room: RoomView) => `room-row-${room.id}`);
const inRoom = (room: RoomView) => room.participants.filter((p) => p.status === 'admitted').length;

/**
 * 进行中的线上调解: the open rooms in the caller's reach. A village cadre has no case list: this is where the cadre
 * finds the room of a case in the village, on a phone one big 加入 per room.
 */
export function MediationRoomsPage() {
  const { t, dateTime } = useT();
  const isMobile = useIsMobile();
  const rooms = useOpenRooms();
  const items = pagedItems(rooms);

  return (
    <>
      <PageHeader title={t('rooms.listTitle')} />
      {rooms.isError ? <ErrorAlert error={rooms.error} /> : null}
      {isMobile ? (
        <Flex vertical gap={10} data-testid="room-cards">
          {items.length === 0 && rooms.isSuccess ? (
            <Typography.Text type="secondary">{t('rooms.listEmpty')}</Typography.Text>
          ) : null}
          {items.map((room) => (
            <Card key={room.id} size="small" data-testid={`room-card-${room.id}`}>
              <Flex vertical gap={6}>
                <Typography.Text strong>{room.disputeTitle}</Typography.Text>
                <Typography.Text data-testid="room-village">{room.villageName}</Typography.Text>
                <Typography.Text type="secondary">{room.openedByName}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('rooms.openedAt')} {dateTime(room.openedAt)}
                </Typography.Text>
                <Link to={`/mediation-rooms/${room.id}`} data-testid={`room-join-${room.id}`}>
                  <Button type="primary" block style={{ minHeight: 64, fontSize: 18 }}>
                    {t('rooms.join')}
                  </Button>
                </Link>
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<RoomView>
          rowKey="id"
          size="middle"
          data-testid="room-table"
          loading={isListLoading(rooms)}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: t('rooms.listEmpty') }}
          onRow={rowProps}
          columns={[
            { key: 'case', title: t('rooms.col.case'), dataIndex: 'disputeTitle', ellipsis: true },
            { key: 'village', title: t('rooms.col.village'), dataIndex: 'villageName' },
            { key: 'host', title: t('rooms.col.host'), dataIndex: 'openedByName' },
            { key: 'openedAt', title: t('rooms.col.openedAt'), render: (_, r) => dateTime(r.openedAt) },
            { key: 'people', title: t('rooms.col.people'), render: (_, r) => inRoom(r) },
            {
              key: 'join',
              title: '',
              render: (_, r) => (
                <Link to={`/mediation-rooms/${r.id}`} data-testid={`room-join-${r.id}`}>
                  <Button type="primary">{t('rooms.join')}</Button>
                </Link>
              ),
            },
          ]}
        />
      )}
      <LoadMoreButton query={rooms} shown={items.length} />
    </>
  );
}
