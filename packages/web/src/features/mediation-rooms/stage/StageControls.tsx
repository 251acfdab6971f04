import {
  AudioMutedOutlined,
  AudioOutlined,
  DesktopOutlined,
  LogoutOutlined,
  SettingOutlined,
  SignalFilled,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Tooltip } from 'antd';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import type { NetworkQuality } from '../media/network-quality';
import type { RoomMedia } from '../media/use-room-media';
import { DeviceSwitcher } from './DeviceSwitcher';

const NETWORK_COLORS: Record<NetworkQuality, string> = {
  good: '#52c41a',
  fair: '#faad14',
  poor: '#ff4d4f',
  unknown: '#bfbfbf',
};

function ControlButton(props: {
  testId: string;
  label: string;
  icon: ReactNode;
  onClick?: () => void;
  active?: boolean;
  compact: boolean;
  style?: CSSProperties;
}) {
  const { testId, label, icon, onClick, active = true, compact, style } = props;
  return (
    <Button
      data-testid={testId}
      aria-pressed={active}
      icon={icon}
      onClick={onClick}
      danger={!active}
      style={{ minHeight: 48, minWidth: 48, ...style }}
      aria-label={label}
    >
      {compact ? null : label}
    </Button>
  );
}

/**
 * The bar under the pictures: microphone, camera, devices, screen share (desktop only), the network indicator and
 * leave. Every target is at least 48 px; leave, the act that matters most on a phone, is 64 px and at the far end
 * where the thumb rests.
 */
export function StageControls({ media, compact }: { media: RoomMedia; compact: boolean }) {
  const { t } = useT();
  const { message } = App.useApp();
  const [choosing, setChoosing] = useState(false);
  const { local } = media;
  const networkLabel = t(`roomStage.network.${media.network}`);

  const toggleCamera = () =>
    void local.setCamera(!local.cameraOn).catch(() => message.error(t('roomStage.deviceFailed')));
  const toggleShare = () =>
    local.sharing
      ? local.stopShare()
      : void local.startShare().catch(() => message.warning(t('roomStage.shareFailed')));

  return (
    <Flex
      align="center"
      justify="center"
      gap={8}
      wrap
      data-testid="room-controls"
      style={{ padding: compact ? '8px 4px calc(8px + env(safe-area-inset-bottom))' : 8, background: '#141414' }}
    >
      <ControlButton
        testId="room-mic"
        label={local.micOn ? t('roomStage.mic') : t('roomStage.micOff')}
        icon={local.micOn ? <AudioOutlined /> : <AudioMutedOutlined />}
        active={local.micOn}
        onClick={() => local.setMic(!local.micOn)}
        compact={compact}
      />
      <ControlButton
        testId="room-camera"
        label={local.cameraOn ? t('roomStage.camera') : t('roomStage.cameraOff')}
        icon={<VideoCameraOutlined />}
        active={local.cameraOn}
        onClick={toggleCamera}
        compact={compact}
      />
      <ControlButton
        testId="room-devices"
        label={t('roomStage.devices')}
        icon={<SettingOutlined />}
        onClick={() => setChoosing(true)}
        compact={compact}
      />
      {local.canShare ? (
        <ControlButton
          testId="room-share"
          label={local.sharing ? t('roomStage.stopShare') : t('roomStage.share')}
          icon={<DesktopOutlined />}
          onClick={toggleShare}
          compact={compact}
          style={local.sharing ? { background: '#1677ff', color: '#fff' } : undefined}
        />
      ) : null}
      <Tooltip title={networkLabel}>
        <Flex
          align="center"
          gap={4}
          data-testid="room-network"
          data-quality={media.network}
          style={{ minHeight: 48, padding: '0 8px', color: NETWORK_COLORS[media.network] }}
          aria-label={networkLabel}
          role="status"
        >
          <SignalFilled />
          {compact ? null : <span>{networkLabel}</span>}
        </Flex>
      </Tooltip>
      <Popconfirm title={t('roomStage.leaveConfirm')} onConfirm={() => void media.leave().catch(() => undefined)}>
        <Button
          danger
          type="primary"
          icon={<LogoutOutlined />}
          data-testid="room-leave"
          style={{ minHeight: 64, minWidth: 64, fontSize: 16 }}
        >
          {t('roomStage.leave')}
        </Button>
      </Popconfirm>
      <DeviceSwitcher
        open={choosing}
        devices={local.devices}
        choice={local.choice}
        onChoose={local.chooseDevices}
        onClose={() => setChoosing(false)}
      />
    </Flex>
  );
}
