import { ArrowLeftOutlined, EditOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { type Camera, type CameraDetail, cameraNeedsConsent, type StreamSourceKind } from '@fengqiao/domain';
import { Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { MaskedField } from '../../../ui/MaskedField';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { unmaskPerson } from '../../people/hooks/use-people';
import { CameraFormModal } from '../components/CameraFormModal';
import { CameraKindTag, CameraStatusText } from '../components/CameraTags';
import { ConsentsCard } from '../components/ConsentsCard';
import { useCamera } from '../hooks/use-cameras';

const BIG = { minHeight: 48, fontSize: 16 } as const;
// On a phone the live view is what the page is opened for: the biggest target.
const MAIN_ACT = { minHeight: 64, minWidth: 200, fontSize: 18 } as const;

const SOURCE_KEYS: Record<StreamSourceKind, MessageKey> = {
  none: 'cameras.source.none',
  rtsp: 'cameras.source.rtsp',
  rtp: 'cameras.source.rtp',
  gb28181: 'cameras.source.gb28181',
};

/** Where the stream comes from; the server already hid any password in the address, readers get nothing. */
function SourceText({ source }: { source: Camera['source'] }) {
  const { t } = useT();
  if (!source) return <Typography.Text type="secondary">{t('cameras.sourceHidden')}</Typography.Text>;
  const detail =
    source.kind === 'rtsp'
      ? source.url
      : source.kind === 'rtp'
        ? [source.codec?.toUpperCase(), source.videoPort ? `:${source.videoPort}` : t('cameras.form.rtpPortAuto')]
            .filter(Boolean)
            .join(' ')
        : null;
  return (
    <Flex vertical gap={2}>
      <span>{t(SOURCE_KEYS[source.kind])}</span>
      {detail ? (
        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {detail}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** The groups the camera is in (read with the camera): who may watch it follows from their grants. */
function GroupsLine({ groups }: { groups: CameraDetail['groups'] }) {
  const { t } = useT();
  if (groups.length === 0) return <Typography.Text type="danger">{t('cameras.noGroup')}</Typography.Text>;
  return (
    <Flex wrap gap={4} data-testid="camera-groups">
      {groups.map((group) => (
        <Link key={group.id} to={`/cameras/groups?group=${group.id}`}>
          <Tag color="blue">{group.name}</Tag>
        </Link>
      ))}
    </Flex>
  );
}

/**
 * One camera: where it is, whose it is (the owner's phone and address masked, shown for a moment to whoever may unmask
 * the owner, through the directory's audited unmask), where its stream comes from (never its password), whether the
 * probe sees it, its groups, and for a household or venue camera the consent history with 登记授权 and 撤销. 查看实况 opens the live page only for holders of video.view; the grants and consents still
 * decide there whether it plays.
 */
export function CameraDetailPage() {
  const { id = '' } = useParams();
  const { t, dateTime } = useT();
  const navigate = useNavigate();
  const camera = useCamera(id);
  const canView = usePermission('video.view');
  const canGrant = usePermission('camera.grant');
  const isMobile = useIsMobile();
  const [editing, setEditing] = useState(false);

  if (camera.isPending) return <Skeleton active />;
  if (camera.isError) return <RecordLoadError error={camera.error} onRetry={() => void camera.refetch()} />;
  const record = camera.data;
  const can = (action: string) => record.actions.includes(action);
  const owner = record.owner;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('common.back')}
        </Button>
      </Flex>
      <Card size="small">
        <Flex vertical gap={10}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="camera-title">
              {record.name}
            </Typography.Title>
            <CameraKindTag kind={record.kind} />
            {record.active ? null : <Tag>{t('cameras.inactive')}</Tag>}
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 2 }}
            items={[
              {
                key: 'deviceId',
                label: t('cameras.col.deviceId'),
                children: <span style={{ fontFamily: 'monospace' }}>{record.deviceId}</span>,
              },
              { key: 'village', label: t('cameras.col.village'), children: record.villageName },
              { key: 'address', label: t('cameras.address'), children: record.address ?? '—' },
              {
                key: 'coords',
                label: t('cameras.coords'),
                children: record.lat !== null && record.lng !== null ? `${record.lat}, ${record.lng}` : '—',
              },
              {
                key: 'status',
                label: t('cameras.col.status'),
                children: <CameraStatusText camera={record} />,
              },
              {
                key: 'checked',
                label: t('cameras.statusCheckedAt'),
                children: record.statusCheckedAt ? dateTime(record.statusCheckedAt) : '—',
              },
              { key: 'source', label: t('cameras.source'), children: <SourceText source={record.source} /> },
              ...(owner
                ? [
                    {
                      key: 'owner',
                      label: t('cameras.owner'),
                      children: <span data-testid="camera-owner-name">{owner.name}</span>,
                    },
                    {
                      key: 'ownerPhone',
                      label: t('cameras.ownerPhone'),
                      children: (
                        <MaskedField
                          field="phone"
                          value={owner.phone}
                          canUnmask={owner.masked && can('unmaskOwner')}
                          onUnmask={() => unmaskPerson(owner.personId, 'phone')}
                        />
                      ),
                    },
                    {
                      key: 'ownerAddress',
                      label: t('cameras.ownerAddress'),
                      children: (
                        <MaskedField
                          field="address"
                          value={owner.address}
                          canUnmask={owner.masked && can('unmaskOwner')}
                          onUnmask={() => unmaskPerson(owner.personId, 'address')}
                        />
                      ),
                    },
                  ]
                : []),
              ...(canGrant
                ? [{ key: 'groups', label: t('cameras.groupsOf'), children: <GroupsLine groups={record.groups} /> }]
                : []),
            ]}
          />
        </Flex>
      </Card>
      <Flex wrap gap={8}>
        {canView && record.active ? (
          <Link to={`/video/${record.id}`} data-testid="camera-live">
            <Button type="primary" icon={<PlayCircleOutlined />} style={isMobile ? MAIN_ACT : BIG}>
              {t('cameras.live')}
            </Button>
          </Link>
        ) : null}
        {can('update') ? (
          <Button icon={<EditOutlined />} style={BIG} onClick={() => setEditing(true)} data-testid="camera-edit">
            {t('cameras.edit')}
          </Button>
        ) : null}
      </Flex>
      {cameraNeedsConsent(record.kind) ? <ConsentsCard cameraId={record.id} canAdd={can('addConsent')} /> : null}
      {editing ? <CameraFormModal camera={record} onClose={() => setEditing(false)} /> : null}
    </Flex>
  );
}
