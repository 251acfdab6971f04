import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  HAZARD_SOURCE_LABELS,
  HAZARD_SOURCES,
  HAZARD_STATE_LABELS,
  HAZARD_STATES,
  type Hazard,
} from '@fengqiao/domain';
import { Button, Card, Checkbox, Flex, Select, Table, Typography } from 'antd';
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
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { HazardDeadline, HazardSourceTag, HazardStateTag } from '../components/HazardTags';
import { useHazards } from '../hooks/use-hazards';
import { type HazardFilter, readHazardFilter, writeHazardFilter } from '../lib/hazard-filter';

const rowProps = rowTestId((hazard: Hazard) => `hazard-row-${hazard.id}`);

/**
 * The hazards the caller may read, newest report first, with the filters in the URL (the home page and the
 * dashboard open `/hazards?overdue=true…`): overdue deadlines in red, cards on a phone, a table on a desktop, and
 * the Excel export of exactly the filtered list.
 */
export function HazardsPage() {
  const { t, label, dateTime } = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = readHazardFilter(params);
  const canReport = usePermission('hazard.report');
  const hazards = useHazards(filter);
  const items = pagedItems(hazards);
  const setFilter = (next: HazardFilter) => setParams(writeHazardFilter(next), { replace: true });
  const rowStyle = (hazard: Hazard) => (hazard.overdue ? { color: '#cf1322' } : undefined);

  return (
    <>
      <PageHeader
        title={t('hazards.title')}
        extra={
          <>
            {canReport ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/hazards/new')}
                data-testid="hazard-report"
              >
                {t('hazards.report')}
              </Button>
            ) : null}
            <Button
              icon={<DownloadOutlined />}
              href={`${API_BASE}/hazards/export.xlsx${toQueryString({ ...filter })}`}
              data-testid="hazard-export"
            >
              {t('hazards.export')}
            </Button>
          </>
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('hazards.filter.state')}
          value={filter.state}
          onChange={(state) => setFilter({ ...filter, state })}
          options={HAZARD_STATES.map((state) => ({ value: state, label: label(HAZARD_STATE_LABELS[state]) }))}
          style={{ minWidth: 140 }}
          data-testid="hazard-filter-state"
        />
        <Select
          allowClear
          placeholder={t('hazards.filter.source')}
          value={filter.source}
          onChange={(source) => setFilter({ ...filter, source })}
          options={HAZARD_SOURCES.map((source) => ({ value: source, label: label(HAZARD_SOURCE_LABELS[source]) }))}
          style={{ minWidth: 140 }}
        />
        <div style={{ minWidth: 200 }}>
          <JurisdictionPicker
            value={filter.villageId ?? null}
            onChange={(villageId) => setFilter({ ...filter, villageId })}
            levels={['village', 'community']}
            hideLevels={['group']}
            allowClear
            placeholder={t('hazards.filter.village')}
          />
        </div>
        <Checkbox
          checked={filter.overdue === true}
          onChange={(event) => setFilter({ ...filter, overdue: event.target.checked || undefined })}
          data-testid="hazard-filter-overdue"
        >
          {t('hazards.filter.overdue')}
        </Checkbox>
        <Checkbox
          checked={filter.open === true}
          onChange={(event) => setFilter({ ...filter, open: event.target.checked || undefined })}
        >
          {t('hazards.filter.open')}
        </Checkbox>
      </Flex>
      {hazards.isError ? <ErrorAlert error={hazards.error} /> : null}
      {isMobile ? (
        <Flex vertical gap={10} data-testid="hazard-cards">
          {items.length === 0 && hazards.isSuccess ? (
            <Typography.Text type="secondary">{t('hazards.empty')}</Typography.Text>
          ) : null}
          {items.map((hazard) => (
            <Link key={hazard.id} to={`/hazards/${hazard.id}`} data-testid={`hazard-card-${hazard.id}`}>
              <Card size="small" style={{ minHeight: 64 }}>
                <Flex vertical gap={4}>
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text strong style={rowStyle(hazard)}>
                      {hazard.title}
                    </Typography.Text>
                    <HazardStateTag state={hazard.state} />
                  </Flex>
                  <Typography.Text type="secondary">
                    {hazard.villageName} · {dateTime(hazard.reportedAt)}
                  </Typography.Text>
                  <HazardDeadline hazard={hazard} />
                </Flex>
              </Card>
            </Link>
          ))}
        </Flex>
      ) : (
        <Table<Hazard>
          rowKey="id"
          size="middle"
          data-testid="hazard-table"
          loading={isListLoading(hazards)}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: t('hazards.empty') }}
          onRow={rowProps}
          columns={[
            {
              key: 'title',
              title: t('hazards.col.title'),
              render: (_, hazard) => (
                <Link to={`/hazards/${hazard.id}`} style={rowStyle(hazard)}>
                  {hazard.title}
                </Link>
              ),
            },
            { key: 'village', title: t('hazards.col.village'), dataIndex: 'villageName' },
            {
              key: 'source',
              title: t('hazards.col.source'),
              render: (_, hazard) => <HazardSourceTag source={hazard.source} />,
            },
            {
              key: 'state',
              title: t('hazards.col.state'),
              render: (_, hazard) => <HazardStateTag state={hazard.state} />,
            },
            {
              key: 'reportedAt',
              title: t('hazards.col.reportedAt'),
              render: (_, hazard) => dateTime(hazard.reportedAt),
            },
            {
              key: 'assignee',
              title: t('hazards.col.assignee'),
              render: (_, hazard) => hazard.assigneeName ?? '—',
            },
            {
              key: 'dueOn',
              title: t('hazards.col.dueOn'),
              render: (_, hazard) => <HazardDeadline hazard={hazard} />,
            },
          ]}
        />
      )}
      <LoadMoreButton query={hazards} shown={items.length} />
    </>
  );
}
