import { DownloadOutlined } from '@ant-design/icons';
import { VIEW_END_REASON_LABELS, VIEW_PURPOSE_LABELS, type VideoView, type VideoViewFilters } from '@fengqiao/domain';
import { Button, DatePicker, Flex, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { useCameraOptions, useViewLog } from '../hooks/use-live-views';

const rowProps = rowTestId((view: VideoView) => `view-row-${view.id}`);

/** The view log (视频观看记录, video.audit): who watched which camera, when, how long and why; exported to Excel. */
export function ViewLogPage() {
  const { t, label, dateTime } = useT();
  const [filter, setFilter] = useState<VideoViewFilters>({});
  const [q, setQ] = useState('');
  const views = useViewLog(filter);
  const cameras = useCameraOptions(q);
  const items = pagedItems(views);

  return (
    <>
      <PageHeader
        title={t('video.log')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            href={`${API_BASE}/video/views/export.xlsx${toQueryString({ ...filter })}`}
            data-testid="view-log-export"
          >
            {t('video.export')}
          </Button>
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          showSearch={{ filterOption: false, onSearch: setQ }}
          placeholder={t('video.col.camera')}
          value={filter.cameraId ?? null}
          onChange={(cameraId: string | null) => setFilter({ ...filter, cameraId: cameraId ?? undefined })}
          options={(cameras.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          style={{ minWidth: 220 }}
        />
        <DatePicker
          placeholder={t('video.col.day')}
          onChange={(day: Dayjs | null) => setFilter({ ...filter, day: day ? day.format('YYYY-MM-DD') : undefined })}
        />
      </Flex>
      {views.isError ? <ErrorAlert error={views.error} /> : null}
      <Table<VideoView>
        rowKey="id"
        size="middle"
        data-testid="view-log-table"
        loading={isListLoading(views)}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('video.logEmpty') }}
        onRow={rowProps}
        scroll={{ x: true }}
        columns={[
          { key: 'openedAt', title: t('video.col.openedAt'), render: (_, v) => dateTime(v.openedAt) },
          { key: 'camera', title: t('video.col.camera'), dataIndex: 'cameraName' },
          { key: 'account', title: t('video.col.account'), dataIndex: 'accountName' },
          {
            key: 'purpose',
            title: t('video.purpose'),
            render: (_, v) => (
              <span data-testid="view-purpose">
                {label(VIEW_PURPOSE_LABELS[v.purpose])}
                {v.note ? `：${v.note}` : ''}
              </span>
            ),
          },
          {
            key: 'duration',
            title: t('video.col.duration'),
            render: (_, v) =>
              v.endedAt === null ? t('video.watching') : t('video.seconds', { n: v.durationSeconds ?? 0 }),
          },
          {
            key: 'endReason',
            title: t('video.col.endReason'),
            render: (_, v) => (v.endReason ? label(VIEW_END_REASON_LABELS[v.endReason]) : ''),
          },
          { key: 'snapshots', title: t('video.col.snapshots'), dataIndex: 'snapshots' },
        ]}
      />
      <LoadMoreButton query={views} shown={items.length} />
    </>
  );
}
