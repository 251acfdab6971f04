import { INVITEE_KINDS, ROOM_OUTCOME_LABELS, ROOM_OUTCOMES, type RoomOutcome, type RoomView } from '@fengqiao/domain';
import { App, Button, Checkbox, Flex, Form, Input, Radio, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCloseRoom } from '../hooks/use-rooms';

interface Values {
  outcome: RoomOutcome;
  inviteesConsented?: boolean;
}

interface Props {
  room: RoomView;
  /** The 笔录 as typed so far (the record tab's text), sent with the close so nothing typed is lost. */
  record: string;
  onRecordChange: (text: string) => void;
}

/**
 * 结束调解: the outcome and the final 笔录, confirmed once; the server then writes the online session into the case
 * (start, end, duration, participants, outcome) and everyone leaves. The host goes back to the case.
 */
export function CloseTab({ room, record, onRecordChange }: Props) {
  const { t, label } = useT();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const close = useCloseRoom(room.id);
  const navigate = useNavigate();
  const readsCases = usePermission('dispute.read');

  // Relatives, neighbours or experts took part: the session needs the parties' recorded consent (Art. 20).
  const invitees = room.participants.some((p) => p.admittedAt !== null && INVITEE_KINDS.includes(p.kind));

  const submit = ({ outcome, inviteesConsented }: Values) =>
    modal.confirm({
      title: t('rooms.close.submit'),
      content: t('rooms.close.confirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'room-close-confirm' } },
      // Navigate after the await, not in a per-call onSuccess: the refetched closed room unmounts this tab first.
      onOk: async () => {
        await close.mutateAsync({ outcome, record, inviteesConsented: inviteesConsented === true });
        navigate(readsCases ? `/disputes/${room.disputeId}` : '/mediation-rooms');
      },
    });

  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="room-close">
      <Typography.Paragraph type="secondary">{t('rooms.close.help')}</Typography.Paragraph>
      <Form.Item
        name="outcome"
        label={t('rooms.close.outcome')}
        rules={[{ required: true, message: t('rooms.close.outcome') }]}
      >
        <Radio.Group data-testid="room-close-outcome">
          <Flex vertical gap={8}>
            {ROOM_OUTCOMES.map((outcome) => (
              <Radio key={outcome} value={outcome} data-testid={`room-outcome-${outcome}`}>
                {label(ROOM_OUTCOME_LABELS[outcome])}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      {invitees ? (
        <Form.Item
          name="inviteesConsented"
          valuePropName="checked"
          rules={[
            {
              validator: (_, checked) =>
                checked ? Promise.resolve() : Promise.reject(new Error(t('rooms.close.invitees'))),
            },
          ]}
        >
          <Checkbox data-testid="room-close-invitees">{t('rooms.close.invitees')}</Checkbox>
        </Form.Item>
      ) : null}
      <Form.Item label={t('rooms.close.record')}>
        <Input.TextArea
          value={record}
          onChange={(event) => onRecordChange(event.target.value)}
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={20_000}
        />
      </Form.Item>
      <ErrorAlert error={close.error} testId="room-close-error" />
      <Button
        type="primary"
        danger
        size="large"
        htmlType="submit"
        loading={close.isPending}
        data-testid="room-close-submit"
      >
        {t('rooms.close.submit')}
      </Button>
    </Form>
  );
}
