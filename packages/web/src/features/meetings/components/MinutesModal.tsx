import type { Meeting, MeetingItem } from '@fengqiao/domain';
import { Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useUpdateMeeting } from '../hooks/use-meetings';

/** The minutes of one item, written during or after the meeting; only that item is sent. */
export function MinutesModal({ meeting, item, onClose }: { meeting: Meeting; item: MeetingItem; onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<{ minutes: string }>();
  const update = useUpdateMeeting(meeting.id);
  const done = useCloseWithMessage(onClose);
  const current = meeting.items.find((entry) => entry.item === item);
  const itemLabel = current ? label({ zh: current.labelZh, en: current.labelEn }) : item;
  return (
    <FormModal
      title={t('meetings.minutesTitle', { item: itemLabel })}
      form={form}
      pending={update.isPending}
      error={update.error}
      errorTestId="minutes-error"
      okTestId="minutes-submit"
      onClose={onClose}
      width={760}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ minutes: current?.minutes ?? '' }}
        onFinish={({ minutes }) => update.mutate({ minutes: { [item]: minutes } }, { onSuccess: () => done() })}
        style={{ marginTop: 12 }}
      >
        <Form.Item name="minutes" label={t('meetings.minutes')}>
          <Input.TextArea autoSize={{ minRows: 8, maxRows: 24 }} maxLength={20_000} data-testid="minutes-text" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
