import type { VenueDetail } from '@fengqiao/domain';
import { Checkbox, Form, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useAttachCameras, useUnattachedVenueCameras } from '../hooks/use-venues';

/** 添加摄像机: venue cameras registered in the venue's village and not yet any venue's (the registry keeps them). */
export function AttachCamerasModal({ venue, onClose }: { venue: VenueDetail; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ cameraIds: string[] }>();
  const cameras = useUnattachedVenueCameras(venue.villageId);
  const attach = useAttachCameras(venue.id);
  const done = useCloseWithMessage(onClose);
  const options = (cameras.data ?? []).map((camera) => ({
    value: camera.id,
    label: `${camera.name}（${camera.deviceId}）`,
  }));
  return (
    <FormModal
      title={t('venues.cameras.attach')}
      form={form}
      pending={attach.isPending}
      error={attach.error ?? cameras.error}
      okTestId="venue-cameras-submit"
      onClose={onClose}
      saveDisabled={options.length === 0}
    >
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={({ cameraIds }) => attach.mutate({ cameraIds }, { onSuccess: () => done('venues.cameras.attached') })}
      >
        {options.length === 0 && cameras.isSuccess ? (
          <Typography.Text type="secondary">{t('venues.cameras.noneToAttach')}</Typography.Text>
        ) : (
          <Form.Item name="cameraIds" rules={[{ required: true, message: t('venues.cameras.pick') }]}>
            <Checkbox.Group options={options} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
