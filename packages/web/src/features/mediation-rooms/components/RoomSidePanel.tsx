import type { RoomState, RoomView } from '@fengqiao/domain';
import { Flex, Radio } from 'antd';
import { type ReactNode, useState } from 'react';
import { can } from '../../../app/auth/permissions';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { useAutosave } from '../hooks/use-autosave';
import { saveRecord } from '../hooks/use-rooms';
import { CloseTab } from './CloseTab';
import { DraftTab } from './DraftTab';
import { InviteTab } from './InviteTab';
import { PeopleTab } from './PeopleTab';
import { RecordingTab } from './RecordingTab';
import { RecordTab } from './RecordTab';

type PanelKey = 'people' | 'record' | 'draft' | 'recording' | 'invite' | 'close';

/**
 * The room page's side panel (under the video on a phone). Sections appear by the room's actions, so a cadre sees the
 * people, the record and the recording consent, and the host also invites, shares the draft and closes. The section
 * buttons wrap instead of scrolling away: a narrow panel beside the video still shows every one.
 */
export function RoomSidePanel({ room, state }: { room: RoomView; state?: RoomState | undefined }) {
  const { t } = useT();
  const [active, setActive] = useState<PanelKey>('people');
  // One autosaved text for the record and close sections, so closing sends exactly what was typed.
  const record = useAutosave(room.record, (text) => saveRecord(room.id, text));

  const sections: { key: PanelKey; label: MessageKey; shown: boolean; body: () => ReactNode }[] = [
    { key: 'people', label: 'rooms.tab.people', shown: true, body: () => <PeopleTab room={room} /> },
    {
      key: 'record',
      label: 'rooms.tab.record',
      shown: true,
      body: () => <RecordTab record={room.record} {...(can(room, 'save_record') ? { editor: record } : {})} />,
    },
    { key: 'draft', label: 'rooms.tab.draft', shown: can(room, 'share_draft'), body: () => <DraftTab room={room} /> },
    {
      key: 'recording',
      label: 'rooms.tab.recording',
      shown: true,
      body: () => <RecordingTab room={room} state={state} />,
    },
    { key: 'invite', label: 'rooms.tab.invite', shown: can(room, 'invite'), body: () => <InviteTab room={room} /> },
    {
      key: 'close',
      label: 'rooms.tab.close',
      shown: can(room, 'close'),
      body: () => <CloseTab room={room} record={record.text} onRecordChange={record.change} />,
    },
  ];
  const shown = sections.filter((section) => section.shown);
  const current = shown.find((section) => section.key === active) ?? shown[0];

  return (
    <Flex vertical gap={12} data-testid="room-panel">
      <Radio.Group
        value={current?.key}
        onChange={(event) => setActive(event.target.value as PanelKey)}
        optionType="button"
        buttonStyle="solid"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}
      >
        {shown.map((section) => (
          <Radio.Button
            key={section.key}
            value={section.key}
            style={{ minHeight: 44, lineHeight: '42px', borderRadius: 6 }}
          >
            {/* antd hands a button's data-* to its hidden input: the visible label carries the test id. */}
            <span data-testid={`room-tab-${section.key}`}>{t(section.label)}</span>
          </Radio.Button>
        ))}
      </Radio.Group>
      {current?.body()}
    </Flex>
  );
}
