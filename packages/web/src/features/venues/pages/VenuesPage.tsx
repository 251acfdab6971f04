import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { VENUE_KIND_LABELS, VENUE_KINDS, type Venue, type VenueKind } from '@fengqiao/domain';
import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
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
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { AgreementStateTag } from '../components/AgreementStateTag';
import { VenueFormModal } from '../components/VenueFormModal';
import { useVenues, type VenueFilter } from '../hooks/use-venues';

const rowProps = rowTestId((venue: Venue) => `venue-row-${venue.id}`);

function readFilter(params: URLSearchParams): VenueFilter {
  const kind = params.get('kind');
  return {
    kind: VENUE_KINDS.includes(kind as VenueKind) ? (kind as VenueKind) : undefined,
    villageId: params.get('villageId') ?? undefined,
    q: params.get('q') ?? undefined,
  };
}

function writeFilter(filter: VenueFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return params;
}

/**
 * The venues sharing cameras (银行, 学校, 医院, 超市, 宾馆…) the caller may read, by name, with each one's kind,
 * village, camera count and the state of its agreement (expiring soon in orange, revoked in red); filters in the URL,
 * cards on a phone, and the Excel export of exactly the filtered list.
 */
export function VenuesPage() {
  const { t, label, date } = useT();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const canManage = usePermission('camera.manage');
  const venues = useVenues(filter);
  const items = pagedItems(venues);
  const [adding, setAdding] = useState(false);
  const setFilter = (next: VenueFilter) => setParams(writeFilter(next), { replace: true });
  const lastDay = (venue: Venue) => (venue.agreementLastDay ? date(`${venue.agreementLastDay}T12:00:00+08:00`) : '—');

  return (
    <>
      <PageHeader
        title={t('venues.title')}
        extra={
          <>
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="venue-add">
                {t('venues.add')}
              </Button>
            ) : null}
            <Button
              icon={<DownloadOutlined />}
              href={`${API_BASE}/venues/export.xlsx${toQueryString({ ...filter })}`}
              data-testid="venue-export"
            >
              {t('venues.export')}
            </Button>
          </>
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('venues.filter.kind')}
          value={filter.kind}
          onChange={(kind) => setFilter({ ...filter, kind })}
          options={VENUE_KINDS.map((kind) => ({ value: kind, label: label(VENUE_KIND_LABELS[kind]) }))}
          style={{ minWidth: 140 }}
          data-testid="venue-filter-kind"
        />
        <div style={{ minWidth: 200 }}>
          <JurisdictionPicker
            value={filter.villageId ?? null}
            onChange={(villageId) => setFilter({ ...filter, villageId })}
            levels={['village', 'community']}
            hideLevels={['group']}
            allowClear
            placeholder={t('venues.filter.village')}
          />
        </div>
        <Input.Search
          allowClear
          defaultValue={filter.q}
          placeholder={t('venues.filter.q')}
          onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined })}
          style={{ maxWidth: 240 }}
        />
      </Flex>
      {venues.isError ? <ErrorAlert error={venues.error} /> : null}
      {isMobile ? (
        <Flex vertical gap={10} data-testid="venue-cards">
          {items.length === 0 && venues.isSuccess ? (
            <Typography.Text type="secondary">{t('venues.empty')}</Typography.Text>
          ) : null}
          {items.map((venue) => (
            <Link key={venue.id} to={`/venues/${venue.id}`} data-testid={`venue-card-${venue.id}`}>
              <Card size="small" style={{ minHeight: 64 }}>
                <Flex justify="space-between" gap={8}>
                  <Flex vertical gap={4}>
                    <Typography.Text strong>{venue.name}</Typography.Text>
                    <Typography.Text type="secondary">
                      {label(VENUE_KIND_LABELS[venue.kind])} · {venue.villageName} · {venue.cameraCount}
                    </Typography.Text>
                  </Flex>
                  <AgreementStateTag state={venue.agreementState} />
                </Flex>
              </Card>
            </Link>
          ))}
        </Flex>
      ) : (
        <Table<Venue>
          rowKey="id"
          size="middle"
          data-testid="venue-table"
          loading={isListLoading(venues)}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: t('venues.empty') }}
          onRow={rowProps}
          columns={[
            {
              key: 'name',
              title: t('venues.col.name'),
              render: (_, venue) => <Link to={`/venues/${venue.id}`}>{venue.name}</Link>,
            },
            { key: 'kind', title: t('venues.col.kind'), render: (_, venue) => label(VENUE_KIND_LABELS[venue.kind]) },
            { key: 'village', title: t('venues.col.village'), dataIndex: 'villageName' },
            { key: 'cameras', title: t('venues.col.cameras'), dataIndex: 'cameraCount' },
            {
              key: 'agreement',
              title: t('venues.col.agreement'),
              render: (_, venue) => <AgreementStateTag state={venue.agreementState} />,
            },
            { key: 'lastDay', title: t('venues.col.lastDay'), render: (_, venue) => lastDay(venue) },
          ]}
        />
      )}
      <LoadMoreButton query={venues} shown={items.length} />
      {adding ? <VenueFormModal onClose={() => setAdding(false)} /> : null}
    </>
  );
}
