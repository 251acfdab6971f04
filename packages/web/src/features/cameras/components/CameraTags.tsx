import {
  CAMERA_KIND_LABELS,
  CAMERA_STATUS_LABELS,
  type Camera,
  type CameraKind,
  type CameraStatus,
  shanghaiDate,
} from '@fengqiao/domain';
import { Flex, Tag, Typography } from 'antd';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { type ConsentBadge, consentBadge } from '../lib/consent-badge';

const KIND_COLORS: Record<CameraKind, string> = { public: 'blue', household: 'gold', venue: 'purple' };

export function CameraKindTag({ kind }: { kind: CameraKind }) {
  const { label } = useT();
  return <Tag color={KIND_COLORS[kind]}>{label(CAMERA_KIND_LABELS[kind])}</Tag>;
}

/** Online or offline, with when the probe last saw the camera (Beijing time). */
export function CameraStatusText({ camera }: { camera: Pick<Camera, 'status' | 'lastSeenAt'> }) {
  const { t, label, dateTime } = useT();
  const status: CameraStatus = camera.status;
  return (
    <Flex vertical gap={2}>
      <span>
        <Tag color={status === 'online' ? 'green' : 'default'} data-testid="camera-status">
          {label(CAMERA_STATUS_LABELS[status])}
        </Tag>
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {camera.lastSeenAt ? t('cameras.lastSeen', { time: dateTime(camera.lastSeenAt) }) : t('cameras.neverSeen')}
      </Typography.Text>
    </Flex>
  );
}

const BADGES: Record<ConsentBadge, { color: string; key: MessageKey }> = {
  active: { color: 'green', key: 'cameras.consent.active' },
  expiring: { color: 'orange', key: 'cameras.consent.expiring' },
  expired: { color: 'red', key: 'cameras.consent.expired' },
  revoked: { color: 'default', key: 'cameras.consent.revoked' },
  pending: { color: 'blue', key: 'cameras.consent.pending' },
};

export function ConsentBadgeTag({ badge }: { badge: ConsentBadge }) {
  const { t } = useT();
  const style = BADGES[badge];
  return (
    <Tag color={style.color} data-testid="consent-badge">
      {t(style.key)}
    </Tag>
  );
}

/** The consent column: none needed for public cameras, 未授权 for a household or venue camera without one. */
export function CameraConsentCell({ camera }: { camera: Pick<Camera, 'kind' | 'consent'> }) {
  const { t, date } = useT();
  if (camera.kind === 'public') return <Typography.Text type="secondary">—</Typography.Text>;
  if (!camera.consent) return <Tag color="red">{t('cameras.consent.none')}</Tag>;
  const badge = consentBadge(camera.consent, shanghaiDate(new Date()));
  return (
    <Flex vertical gap={2}>
      <span>
        <ConsentBadgeTag badge={badge} />
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('cameras.consent.until', { day: date(`${camera.consent.lastDay}T12:00:00+08:00`) })}
      </Typography.Text>
    </Flex>
  );
}
