import {
  PARTICIPANT_KIND_LABELS,
  ROOM_JOIN_METHOD_LABELS,
  type RoomParticipantView,
  type RoomView,
} from '@fengqiao/domain';
import { Button, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAdmit, useRemove } from '../hooks/use-rooms';
import { panelOrder } from '../lib/room-people';

/** 参会人员: the waiting room first with 准入 / 移出 for the host, then who is in the room and how each joined. */
export function PeopleTab({ room }: { room: RoomView }) {
  const { t } = useT();
  const admit = useAdmit(room.id);
  const remove = useRemove(room.id);
  const people = panelOrder(room.participants);
  const waiting = people.filter((p) => p.status === 'waiting');
  const inRoom = people.filter((p) => p.status === 'admitted');
  const gone = people.filter((p) => p.status === 'left' || p.status === 'removed');

  const row = (p: RoomParticipantView) => (
    <PersonRow
      key={p.id}
      person={p}
      me={room.me?.participantId === p.id}
      {...(p.status === 'waiting' && can(room, 'admit')
        ? { onAdmit: () => admit.mutate(p.id), admitting: admit.isPending && admit.variables === p.id }
        : {})}
      {...((p.status === 'waiting' || p.status === 'admitted') && can(room, 'remove') && room.me?.participantId !== p.id
        ? { onRemove: () => remove.mutate(p.id) }
        : {})}
    />
  );

  return (
    <Flex vertical gap={12} data-testid="room-people">
      <ErrorAlert error={admit.error ?? remove.error} />
      <Typography.Text strong>
        {t('rooms.people.waiting')} ({waiting.length})
      </Typography.Text>
      <List
        size="small"
        bordered
        dataSource={waiting}
        locale={{ emptyText: t('rooms.people.noneWaiting') }}
        renderItem={row}
        data-testid="room-waiting"
      />
      <Typography.Text strong>
        {t('rooms.people.inRoom')} ({inRoom.length})
      </Typography.Text>
      <List size="small" dataSource={inRoom} renderItem={row} data-testid="room-admitted" />
      {gone.length > 0 ? (
        <>
          <Typography.Text type="secondary">{t('rooms.people.gone')}</Typography.Text>
          <List size="small" dataSource={gone} renderItem={row} />
        </>
      ) : null}
    </Flex>
  );
}

interface RowProps {
  person: RoomParticipantView;
  me: boolean;
  onAdmit?: () => void;
  admitting?: boolean;
  onRemove?: () => void;
}

function PersonRow({ person, me, onAdmit, admitting, onRemove }: RowProps) {
  const { t, label } = useT();
  return (
    <List.Item
      data-testid={`room-person-${person.id}`}
      actions={[
        ...(onAdmit
          ? [
              <Button
                key="admit"
                type="primary"
                size="large"
                loading={admitting}
                onClick={onAdmit}
                data-testid={`room-admit-${person.id}`}
              >
                {t('rooms.people.admit')}
              </Button>,
            ]
          : []),
        ...(onRemove
          ? [
              <Popconfirm
                key="remove"
                title={t('rooms.people.removeConfirm', { name: person.displayName })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={onRemove}
              >
                <Button danger size="large" data-testid={`room-remove-${person.id}`}>
                  {t('rooms.people.remove')}
                </Button>
              </Popconfirm>,
            ]
          : []),
      ]}
    >
      <Flex vertical gap={2}>
        <Typography.Text strong>
          {person.displayName}
          {me ? t('rooms.people.me') : ''}
        </Typography.Text>
        <Flex gap={4} wrap>
          <Tag>{label(PARTICIPANT_KIND_LABELS[person.kind])}</Tag>
          <Tag data-testid="room-join-method">{label(ROOM_JOIN_METHOD_LABELS[person.joinMethod])}</Tag>
          {person.status === 'admitted' ? (
            <Tag color={person.consentedAt ? 'green' : 'default'}>
              {person.consentedAt ? t('rooms.people.consented') : t('rooms.people.notConsented')}
            </Tag>
          ) : null}
        </Flex>
      </Flex>
    </List.Item>
  );
}
