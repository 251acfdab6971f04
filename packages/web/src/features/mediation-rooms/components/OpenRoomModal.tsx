import { Form, InputNumber, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useOpenRoom } from '../hooks/use-rooms';

interface Props {
  disputeId: string;
  mediationId: string;
  onClose: () => void;
  /** Opening was refused for want of a media server (503 MEDIA_NOT_CONFIGURED): the card explains it. */
  onMediaMissing: () => void;
}

/**
 * Opens the room of the case's open mediation and takes the host into it. Left blank, the room takes the server's
 * setting (FENGQIAO_ROOM_MAX_PARTICIPANTS); a number above it is refused by the server with its code.
 */
export function OpenRoomModal({ disputeId, mediationId, onClose, onMediaMissing }: Props) {
  const { t } = useT();
  const [form] = Form.useForm<{ maxParticipants?: number | null }>();
  const open = useOpenRoom(disputeId);
  const navigate = useNavigate();

  return (
    <FormModal
      title={t('rooms.openTitle')}
      form={form}
      pending={open.isPending}
      error={open.error}
      errorTestId="room-open-error"
      okTestId="room-open-submit"
      onClose={onClose}
      notice={<Typography.Paragraph type="secondary">{t('rooms.openHelp')}</Typography.Paragraph>}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          open.mutate(
            {
              mediationId,
              body: typeof values.maxParticipants === 'number' ? { maxParticipants: values.maxParticipants } : {},
            },
            {
              onSuccess: (room) => navigate(`/mediation-rooms/${room.id}`),
              onError: (error) => {
                if (isApiError(error, 'MEDIA_NOT_CONFIGURED')) onMediaMissing();
              },
            },
          )
        }
      >
        <Form.Item name="maxParticipants" label={t('rooms.maxParticipants')} extra={t('rooms.maxParticipantsHelp')}>
          <InputNumber
            min={2}
            precision={0}
            placeholder={t('rooms.maxParticipantsDefault')}
            style={{ width: 200 }}
            data-testid="room-max"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
