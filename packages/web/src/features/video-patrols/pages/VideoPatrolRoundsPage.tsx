import { DownloadOutlined } from '@ant-design/icons';
import {
  shanghaiDate,
  VIDEO_PATROL_ROUND_STATE_LABELS,
  VIDEO_PATROL_ROUND_STATES,
  type VideoPatrolRound,
} from '@fengqiao/domain';
import { Button, Card, Checkbox, DatePicker, Flex, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { RoundParticipants } from '../components/RoundParticipants';
import { VideoPatrolNav } from '../components/VideoPatrolNav';
import { RoundStatusTag } from '../components/VideoPatrolTags';
import { useRounds } from '../hooks/use-video-patrols';
import { roundStatus } from '../lib/round-progress';
import { type RoundFilter, readRoundFilter, writeFilter } from '../lib/video-patrol-filters';

const rowProps = rowTestId((round: VideoPatrolRound) => `round-row-${round.id}`);

/** Today's rounds as cards the duty desk opens with one click: due, under way or done, with who and how far. */
function TodayRounds() {
  const { t, dateTime } = useT();
  const navigate = useNavigate();
  const today = shanghaiDate(new Date());
  const rounds = useRounds({ from: today, to: today });
  const items = pagedItems(rounds);
  return (
    <Card size="small" title={t('videoPatrols.today')} style={{ marginBottom: 16 }} data-testid="rounds-today">
      {rounds.isError ? <ErrorAlert error={rounds.error} /> : null}
      {items.length === 0 && rounds.isSuccess ? (
        <Typography.Text type="secondary">{t('videoPatrols.todayEmpty')}</Typography.Text>
      ) : null}
      <Flex wrap gap={12}>
        {items.map((round) => {
          const status = roundStatus(round);
          const runs = round.actions.includes('record') || round.actions.includes('finish');
          return (
            <Card
              key={round.id}
              size="small"
              style={{ flex: '1 1 280px', maxWidth: 420 }}
              data-testid={`today-round-${round.id}`}
            >
              <Flex vertical gap={6}>
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong>{round.name}</Typography.Text>
                  <RoundStatusTag status={status} />
                </Flex>
                <Typography.Text type="secondary">{dateTime(round.scheduledAt)}</Typography.Text>
                <RoundParticipants participants={round.participants} />
                <Typography.Text>
                  {t('videoPatrols.progress', { done: round.resultCount, total: round.cameraCount })}
                  {round.findingCount > 0 ? ` · ${t('videoPatrols.findings', { n: round.findingCount })}` : ''}
                </Typography.Text>
                <Button
                  type={runs ? 'primary' : 'default'}
                  size="large"
                  onClick={() => navigate(`/video-patrols/rounds/${round.id}`)}
                  data-testid="round-open"
                >
                  {t(runs ? (status === 'due' ? 'videoPatrols.start' : 'videoPatrols.continue') : 'videoPatrols.view')}
                </Button>
              </Flex>
            </Card>
          );
        })}
      </Flex>
    </Card>
  );
}

/**
 * 视频巡查: today's rounds first, then every round with the filters in the URL, cards on a phone and a table on
 * a desktop, and the Excel export of exactly the filtered list.
 */
export function VideoPatrolRoundsPage() {
  const { t, label, date, dateTime } = useT();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = readRoundFilter(params);
  const rounds = useRounds(filter);
  const items = pagedItems(rounds);
  const setFilter = (next: RoundFilter) => setParams(writeFilter(next), { replace: true });
  const range: [Dayjs, Dayjs] | null = filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null;

  return (
    <>
      <PageHeader
        title={t('videoPatrols.title')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            href={`${API_BASE}/video-patrols/rounds/export.xlsx${toQueryString({ ...filter })}`}
            data-testid="rounds-export"
          >
            {t('videoPatrols.export')}
          </Button>
        }
      />
      <VideoPatrolNav />
      <TodayRounds />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('videoPatrols.filter.state')}
          value={filter.state}
          onChange={(state) => setFilter({ ...filter, state })}
          options={VIDEO_PATROL_ROUND_STATES.map((state) => ({
            value: state,
            label: label(VIDEO_PATROL_ROUND_STATE_LABELS[state]),
          }))}
          style={{ minWidth: 140 }}
          data-testid="rounds-filter-state"
        />
        <DatePicker.RangePicker
          value={range}
          inputReadOnly
          onChange={(days) =>
            setFilter({
              ...filter,
              from: days?.[0]?.format('YYYY-MM-DD') ?? undefined,
              to: days?.[1]?.format('YYYY-MM-DD') ?? undefined,
            })
          }
        />
        <Checkbox
          checked={filter.withFindings === 'true'}
          onChange={(event) => setFilter({ ...filter, withFindings: event.target.checked ? 'true' : undefined })}
          data-testid="rounds-filter-findings"
        >
          {t('videoPatrols.filter.withFindings')}
        </Checkbox>
      </Flex>
      {rounds.isError ? <ErrorAlert error={rounds.error} /> : null}
      {isMobile ? (
        <Flex vertical gap={10} data-testid="round-cards">
          {items.length === 0 && rounds.isSuccess ? (
            <Typography.Text type="secondary">{t('videoPatrols.empty')}</Typography.Text>
          ) : null}
          {items.map((round) => (
            <Link key={round.id} to={`/video-patrols/rounds/${round.id}`} data-testid={`round-card-${round.id}`}>
              <Card size="small" style={{ minHeight: 64 }}>
                <Flex vertical gap={4}>
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text strong>{round.name}</Typography.Text>
                    <RoundStatusTag status={roundStatus(round)} />
                  </Flex>
                  <Typography.Text type="secondary">
                    {date(round.scheduledAt)} ·{' '}
                    {t('videoPatrols.progress', { done: round.resultCount, total: round.cameraCount })}
                  </Typography.Text>
                </Flex>
              </Card>
            </Link>
          ))}
        </Flex>
      ) : (
        <Table<VideoPatrolRound>
          rowKey="id"
          size="middle"
          data-testid="round-table"
          loading={isListLoading(rounds)}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: t('videoPatrols.empty') }}
          onRow={rowProps}
          columns={[
            {
              key: 'name',
              title: t('videoPatrols.col.name'),
              render: (_, round) => <Link to={`/video-patrols/rounds/${round.id}`}>{round.name}</Link>,
            },
            { key: 'at', title: t('videoPatrols.col.at'), render: (_, round) => dateTime(round.scheduledAt) },
            {
              key: 'status',
              title: t('videoPatrols.col.status'),
              render: (_, round) => <RoundStatusTag status={roundStatus(round)} />,
            },
            {
              key: 'participants',
              title: t('videoPatrols.col.participants'),
              render: (_, round) => <RoundParticipants participants={round.participants} />,
            },
            {
              key: 'progress',
              title: t('videoPatrols.col.progress'),
              render: (_, round) => t('videoPatrols.progress', { done: round.resultCount, total: round.cameraCount }),
            },
            {
              key: 'findings',
              title: t('videoPatrols.col.findings'),
              render: (_, round) =>
                round.findingCount > 0 ? (
                  <Typography.Text type="danger">{round.findingCount}</Typography.Text>
                ) : (
                  round.findingCount
                ),
            },
          ]}
        />
      )}
      <LoadMoreButton query={rounds} shown={items.length} />
    </>
  );
}
