import type { VideoPatrolChecklistItem, VideoPatrolResult, VideoPatrolRoundCamera } from '@fengqiao/domain';
import { App, Button, Checkbox, Flex, Form, Input, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { type RefObject, useRef, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useRecipients, useRecordResult } from '../hooks/use-video-patrols';
import type { DeskKey } from '../lib/desk-keys';
import { initialResultValues, type ResultFormValues, toResultBody } from '../lib/result-form';
import { FindingFields } from './FindingFields';

const BIG = { height: 48, fontSize: 16, minWidth: 140 } as const;

/**
 * One camera's result: the checklist (every item ticked until the desk unticks one), a note, and 正常 (key 1) or
 * 发现问题 (key 2), which opens what the finding becomes; 记录发现 (Ctrl+Enter) saves it. Mounted afresh for each
 * camera, so nothing typed for one camera is left for the next. `keys` receives the desk's keys from the page.
 */
export function ResultForm({
  roundId,
  camera,
  checklist,
  keys,
  onRecorded,
}: {
  roundId: string;
  camera: VideoPatrolRoundCamera;
  checklist: readonly VideoPatrolChecklistItem[];
  keys: RefObject<((key: DeskKey) => void) | null>;
  onRecorded: (result: VideoPatrolResult) => void;
}) {
  const { t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResultFormValues>();
  const [mode, setMode] = useState<'normal' | 'finding'>('normal');
  const noteRef = useRef<TextAreaRef>(null);
  const record = useRecordResult(roundId);
  const recipients = useRecipients(roundId, camera.id, mode === 'finding');

  const save = (kind: 'normal' | 'finding') => {
    if (record.isPending) return;
    const values: ResultFormValues = form.getFieldsValue(true);
    record.mutate(toResultBody(camera.id, checklist, kind, values), {
      onSuccess: (result) => {
        message.success(t(kind === 'normal' ? 'videoPatrols.savedNormal' : 'videoPatrols.savedFinding'));
        onRecorded(result);
      },
    });
  };
  const openFinding = () => {
    setMode('finding');
    setTimeout(() => noteRef.current?.focus(), 0);
  };
  keys.current = (key) => {
    if (key === 'normal' && mode === 'normal') save('normal');
    if (key === 'finding') openFinding();
    if (key === 'submit' && mode === 'finding') form.submit();
    if (key === 'cancel') setMode('normal');
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialResultValues(checklist)}
      onFinish={() => save('finding')}
      data-testid="result-form"
    >
      <ErrorAlert error={record.error ?? recipients.error} testId="result-error" />
      {checklist.length > 0 ? (
        <Form.Item name="okItems" label={t('videoPatrols.checklist')}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} data-testid="result-checklist">
            {checklist.map((item) => (
              <Checkbox key={item.id} value={item.id}>
                {item.text}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      ) : null}
      <Form.Item
        name="note"
        label={t('videoPatrols.note')}
        rules={
          mode === 'finding' ? [{ required: true, whitespace: true, message: t('videoPatrols.noteRequired') }] : []
        }
      >
        <Input.TextArea
          ref={noteRef}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          placeholder={t(mode === 'finding' ? 'videoPatrols.notePlaceholder' : 'videoPatrols.noteOptional')}
          data-testid="result-note"
        />
      </Form.Item>
      {mode === 'finding' ? (
        <>
          <FindingFields recipients={recipients.data} />
          <Flex wrap gap={8} align="center">
            <Button
              type="primary"
              danger
              htmlType="submit"
              style={BIG}
              loading={record.isPending}
              data-testid="result-save-finding"
            >
              {t('videoPatrols.saveFinding')}
            </Button>
            <Button style={BIG} onClick={() => setMode('normal')}>
              {t('common.cancel')}
            </Button>
            <Typography.Text type="secondary">
              {t('videoPatrols.saveKeys', { save: 'Ctrl+Enter', cancel: 'Esc' })}
            </Typography.Text>
          </Flex>
        </>
      ) : (
        <Flex wrap gap={8} align="center">
          <Button
            type="primary"
            style={BIG}
            loading={record.isPending}
            onClick={() => save('normal')}
            data-testid="result-normal"
          >
            {t('videoPatrols.result.normal')} <Typography.Text keyboard>1</Typography.Text>
          </Button>
          <Button danger style={BIG} onClick={openFinding} data-testid="result-finding">
            {t('videoPatrols.result.finding')} <Typography.Text keyboard>2</Typography.Text>
          </Button>
        </Flex>
      )}
    </Form>
  );
}
