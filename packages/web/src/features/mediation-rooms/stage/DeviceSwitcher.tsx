import { Flex, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import type { DeviceChoice } from '../media/device-choice';
import type { LocalDevices } from '../media/use-local-media';

export interface DeviceSwitcherProps {
  open: boolean;
  devices: LocalDevices;
  choice: DeviceChoice;
  onChoose(choice: DeviceChoice): Promise<void>;
  onClose(): void;
}

/** Picks the camera and microphone; the call goes on while the new device replaces the old one. */
export function DeviceSwitcher({ open, devices, choice, onChoose, onClose }: DeviceSwitcherProps) {
  const { t } = useT();
  const [draft, setDraft] = useState(choice);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (open) {
      setDraft(choice);
      setFailed(false);
    }
  }, [open, choice]);

  const options = (list: MediaDeviceInfo[]) => [
    { value: '', label: t('roomStage.devicesDefault') },
    ...list.map((device, index) => ({
      value: device.deviceId,
      label: device.label || t('roomStage.devicesUnnamed', { n: index + 1 }),
    })),
  ];

  return (
    <Modal
      open={open}
      title={t('roomStage.devicesTitle')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={async () => {
        setSaving(true);
        try {
          await onChoose(draft);
          onClose();
        } catch {
          setFailed(true);
        } finally {
          setSaving(false);
        }
      }}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Flex vertical gap={4}>
          <Typography.Text>{t('roomStage.devicesCamera')}</Typography.Text>
          <Select
            style={{ width: '100%' }}
            size="large"
            data-testid="room-camera-select"
            aria-label={t('roomStage.devicesCamera')}
            value={draft.cameraId ?? ''}
            options={options(devices.cameras)}
            onChange={(value: string) => setDraft({ ...draft, cameraId: value || null })}
          />
        </Flex>
        <Flex vertical gap={4}>
          <Typography.Text>{t('roomStage.devicesMicrophone')}</Typography.Text>
          <Select
            style={{ width: '100%' }}
            size="large"
            data-testid="room-mic-select"
            aria-label={t('roomStage.devicesMicrophone')}
            value={draft.microphoneId ?? ''}
            options={options(devices.microphones)}
            onChange={(value: string) => setDraft({ ...draft, microphoneId: value || null })}
          />
        </Flex>
        {failed ? <Typography.Text type="danger">{t('roomStage.deviceFailed')}</Typography.Text> : null}
      </Flex>
    </Modal>
  );
}
