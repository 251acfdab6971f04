import { ClusterOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { CAMERA_KIND_LABELS, CAMERA_KINDS, CAMERA_STATUS_LABELS, CAMERA_STATUSES, type Camera } from '@fengqiao/domain';
import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { CameraFormModal } from '../components/CameraFormModal';
import { CameraConsentCell, CameraKindTag, CameraStatusText } from '../components/CameraTags';
import { VillageSelect } from '../components/VillageSelect';
import { useCameras } from '../hooks/use-cameras';
import { type CameraFilter, readCameraFilter, writeCameraFilter } from '../lib/camera-filter';

const rowProps = rowTestId((camera: Camera) => `camera-row-${camera.id}`);

/**
 * The camera registry of the caller's reach, by name, with the filters in the URL: village, kind, online status and
 * a search over name, device id and address; a table on a desktop, cards on a phone, and the Excel export of
 * exactly the filtered list (the server audits it).
 */
export function CamerasPage() {
  const { t, label } = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = readCameraFilter(params);
  const canManage = usePermission('camera.manage');
  const canGrant = usePermission('camera.grant');
  const cameras = useCameras(filter);
  const items = pagedItems(cameras);
  const [search, setSearch] = useState(filter.q ?? '');
  // The box follows the address when it changes from outside (the menu entry, the back button).
  useEffect(() => setSearch(filter.q ?? ''), [filter.q]);
  const [creating, setCreating] = useState(false);
  const setFilter = (next: CameraFilter) => setParams(writeCameraFilter(next), { replace: true });
  const big = isMobile ? { height: 48 } : undefined;

  return (
    <>
      <PageHeader
        title={t('cameras.title')}
        extra={
          <>
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                style={big}
                onClick={() => setCreating(true)}
                data-testid="camera-create"
              >
                {t('cameras.create')}
              </Button>
            ) : null}
            {canManage ? (
              <Button icon={<UploadOutlined />} style={big} onClick={() => navigate('/cameras/import')}>
                {t('cameras.import')}
              </Button>
            ) : null}
            {canGrant ? (
              <Button icon={<ClusterOutlined />} style={big} onClick={() => navigate('/cameras/groups')}>
                {t('cameras.groups')}
              </Button>
            ) : null}
            <Button
              icon={<DownloadOutlined />}
              style={big}
              href={`${API_BASE}/cameras/export.xlsx${toQueryString({ ...filter })}`}
              data-testid="camera-export"
            >
              {t('cameras.export')}
            </Button>
          </>
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 180, flex: isMobile ? '1 1 100%' : undefined }}>
          <VillageSelect
            permission="camera.read"
            allowClear
            value={filter.villageId}
            onChange={(villageId) => setFilter({ ...filter, villageId })}
            testId="camera-filter-village"
          />
        </div>
        <Select
          allowClear
          placeholder={t('cameras.filter.kind')}
          value={filter.kind}
          onChange={(kind) => setFilter({ ...filter, kind })}
          options={CAMERA_KINDS.map((kind) => ({ value: kind, label: label(CAMERA_KIND_LABELS[kind]) }))}
          style={{ minWidth: 130 }}
          data-testid="camera-filter-kind"
        />
        <Select
          allowClear
          placeholder={t('cameras.filter.status')}
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status })}
          options={CAMERA_STATUSES.map((status) => ({ value: status, label: label(CAMERA_STATUS_LABELS[status]) }))}
          style={{ minWidth: 110 }}
          data-testid="camera-filter-status"
        />
        <Input.Search
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined })}
          placeholder={t('cameras.filter.search')}
          style={{ width: isMobile ? '100%' : 260 }}
          data-testid="camera-filter-search"
        />
      </Flex>
      {cameras.isError ? <ErrorAlert error={cameras.error} /> : null}
      {isMobile ? (
        <Flex vertical gap={10} data-testid="camera-cards">
          {items.length === 0 && cameras.isSuccess ? (
            <Typography.Text type="secondary">{t('cameras.empty')}</Typography.Text>
          ) : null}
          {items.map((camera) => (
            <Link key={camera.id} to={`/cameras/${camera.id}`} data-testid={`camera-card-${camera.id}`}>
              <Card size="small" style={{ minHeight: 64 }}>
                <Flex vertical gap={6}>
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text strong>{camera.name}</Typography.Text>
                    <CameraKindTag kind={camera.kind} />
                  </Flex>
                  <Typography.Text type="secondary">
                    {camera.villageName} · {camera.deviceId}
                  </Typography.Text>
                  <Flex justify="space-between" align="flex-end" gap={8}>
                    <CameraStatusText camera={camera} />
                    <CameraConsentCell camera={camera} />
                  </Flex>
                </Flex>
              </Card>
            </Link>
          ))}
        </Flex>
      ) : (
        <Table<Camera>
          rowKey="id"
          size="middle"
          data-testid="camera-table"
          loading={isListLoading(cameras)}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: t('cameras.empty') }}
          onRow={rowProps}
          columns={[
            {
              key: 'name',
              title: t('cameras.col.name'),
              render: (_, camera) => <Link to={`/cameras/${camera.id}`}>{camera.name}</Link>,
            },
            {
              key: 'deviceId',
              title: t('cameras.col.deviceId'),
              render: (_, camera) => <span style={{ fontFamily: 'monospace' }}>{camera.deviceId}</span>,
            },
            { key: 'village', title: t('cameras.col.village'), dataIndex: 'villageName' },
            {
              key: 'kind',
              title: t('cameras.col.kind'),
              render: (_, camera) => <CameraKindTag kind={camera.kind} />,
            },
            {
              key: 'status',
              title: t('cameras.col.status'),
              render: (_, camera) => <CameraStatusText camera={camera} />,
            },
            {
              key: 'consent',
              title: t('cameras.col.consent'),
              render: (_, camera) => <CameraConsentCell camera={camera} />,
            },
          ]}
        />
      )}
      <LoadMoreButton query={cameras} shown={items.length} />
      {creating ? (
        <CameraFormModal onClose={() => setCreating(false)} onSaved={(camera) => navigate(`/cameras/${camera.id}`)} />
      ) : null}
    </>
  );
}
