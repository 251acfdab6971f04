import { Flex, Input, Typography } from 'antd';
import { describeError } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import type { AutosaveSnapshot } from '../lib/autosave';
import { savedClock } from '../lib/autosave';

interface Props {
  /** The host's 笔录, autosaved by the panel; absent for a participant who only reads it. */
  editor?: { text: string; snapshot: AutosaveSnapshot; change: (text: string) => void };
  record: string;
}

/** 笔录: the host types beside the video and it is stored every few seconds; the others read what was stored. */
export function RecordTab({ editor, record }: Props) {
  const { t, dateTime, lang } = useT();
  if (!editor) {
    return (
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('rooms.record.readOnly')}</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="room-record-read">
          {record}
        </Typography.Paragraph>
      </Flex>
    );
  }
  const { snapshot } = editor;
  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        value={editor.text}
        onChange={(event) => editor.change(event.target.value)}
        placeholder={t('rooms.record.placeholder')}
        autoSize={{ minRows: 12, maxRows: 30 }}
        maxLength={20_000}
        data-testid="room-record"
      />
      <Typography.Text
        type={snapshot.status === 'error' ? 'danger' : 'secondary'}
        data-testid="room-record-status"
        data-status={snapshot.status}
      >
        {snapshot.status === 'saving'
          ? t('rooms.record.saving')
          : snapshot.status === 'error'
            ? `${t('rooms.record.failed')}（${describeError(snapshot.error, lang)}）`
            : snapshot.status === 'dirty'
              ? t('rooms.record.dirty')
              : snapshot.savedAt
                ? t('rooms.record.saved', { time: savedClock(dateTime(snapshot.savedAt)) })
                : ''}
      </Typography.Text>
    </Flex>
  );
}
