import type { RoomView } from '@fengqiao/domain';
import { Tabs } from 'antd';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { useAutosave } from '../hooks/use-autosave';
import { saveRecord } from '../hooks/use-rooms';
import { CloseTab } from './CloseTab';
import { DraftTab } from './DraftTab';
import { InviteTab } from './InviteTab';
import { PeopleTab } from './PeopleTab';
import { RecordingTab } from './RecordingTab';
import { RecordTab } from './RecordTab';

/**
 * The room page's side panel (under the video on a phone). Tabs appear by the room's actions, so a cadre sees the
 * people, the record and the recording consent, and the host also invites, shares the draft and closes.
 */
export function RoomSidePanel({ room }: { room: RoomView }) {
  const { t } = useT();
  const hostsRecord = can(room, 'record');
  // One autosaved text for the record and close tabs, so closing sends exactly what was typed.
  const record = useAutosave(room.record, (text) => saveRecord(room.id, text));

  return (
    <Tabs
      defaultActiveKey="people"
      data-testid="room-panel"
      items={[
        { key: 'people', label: t('rooms.tab.people'), children: <PeopleTab room={room} /> },
        {
          key: 'record',
          label: t('rooms.tab.record'),
          children: <RecordTab record={room.record} {...(hostsRecord ? { editor: record } : {})} />,
        },
        ...(can(room, 'share_draft')
          ? [{ key: 'draft', label: t('rooms.tab.draft'), children: <DraftTab room={room} /> }]
          : []),
        { key: 'recording', label: t('rooms.tab.recording'), children: <RecordingTab room={room} /> },
        ...(can(room, 'invite')
          ? [{ key: 'invite', label: t('rooms.tab.invite'), children: <InviteTab room={room} /> }]
          : []),
        ...(can(room, 'close')
          ? [
              {
                key: 'close',
                label: t('rooms.tab.close'),
                children: <CloseTab room={room} record={record.text} onRecordChange={record.change} />,
              },
            ]
          : []),
      ]}
    />
  );
}
