import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import type { RankingEntry } from '@fengqiao/domain';
import { Button, Card, Empty, Flex, List, Table, Tag } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { API_BASE } from '../../../api/client';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorResult } from '../../../ui/ErrorResult';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { PageHeader } from '../../../ui/PageHeader';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { MonthPicker } from '../components/MonthPicker';
import { useRanking } from '../hooks/use-assessments';
import { monthFromQuery } from '../lib/assessment-month';
import { MyScorecardPage } from './MyScorecardPage';

const rankingRowProps = rowTestId((entry: RankingEntry) => `ranking-row-${entry.officer.name}`);

/**
 * The month's ranking by district (a row opens the officer's scorecard). A village auxiliary officer, who may see
 * only their own scorecard, gets that instead.
 */
export function AssessmentsPage() {
  const me = useCurrentUser();
  const onlyAuxiliary = me.roles.length > 0 && me.roles.every((grant) => grant.role === 'auxiliary');
  return onlyAuxiliary ? <MyScorecardPage /> : <RankingView />;
}

/** 已签字 / 未签字. */
function StatusTag({ status }: { status: RankingEntry['status'] }) {
  const { t } = useT();
  return (
    <Tag color={status === 'signed' ? 'green' : 'default'}>
      {status === 'signed' ? t('assessment.statusSigned') : t('assessment.statusOpen')}
    </Tag>
  );
}

function RankingView() {
  const { t } = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const month = monthFromQuery(params.get('month'));
  const ranking = useRanking(month);
  const open = (entry: RankingEntry) =>
    navigate(`/assessments/${month}/officers/${encodeURIComponent(entry.officer.personId)}`);
  return (
    <>
      <PageHeader
        title={t('assessment.rankingTitle')}
        extra={
          <>
            <MonthPicker month={month} onChange={(next) => setParams({ month: next })} />
            {ranking.data && can(ranking.data, 'export') ? (
              <Button
                icon={<DownloadOutlined />}
                href={`${API_BASE}/assessments/${month}/export.xlsx`}
                data-testid="assessment-export"
              >
                {t('assessment.export')}
              </Button>
            ) : null}
            {ranking.data && can(ranking.data, 'configure') ? (
              <Button
                icon={<SettingOutlined />}
                onClick={() => navigate('/assessments/settings')}
                data-testid="assessment-settings"
              >
                {t('assessment.settings')}
              </Button>
            ) : null}
          </>
        }
      />
      {ranking.isLoading ? <FullPageSpin /> : null}
      {ranking.error ? <ErrorResult error={ranking.error} onRetry={() => ranking.refetch()} /> : null}
      {ranking.data?.districts.length === 0 ? <Empty description={t('assessment.noOfficers')} /> : null}
      <Flex vertical gap={16}>
        {(ranking.data?.districts ?? []).map((district) => (
          <Card key={district.districtId} title={district.districtName} size="small">
            {isMobile ? (
              <List
                dataSource={district.entries}
                rowKey={(entry) => entry.officer.personId}
                renderItem={(entry) => (
                  <List.Item
                    onClick={() => open(entry)}
                    data-testid={`ranking-row-${entry.officer.name}`}
                    extra={<strong>{entry.total.toFixed(1)}</strong>}
                  >
                    <List.Item.Meta
                      title={`${entry.rank}. ${entry.officer.name}`}
                      description={
                        <>
                          {entry.officer.villageName} <StatusTag status={entry.status} />
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            ) : (
              <Table<RankingEntry>
                size="middle"
                pagination={false}
                loading={ranking.isFetching}
                rowKey={(entry) => entry.officer.personId}
                dataSource={district.entries}
                onRow={(entry) => ({
                  ...rankingRowProps(entry),
                  onClick: () => open(entry),
                  style: { cursor: 'pointer' },
                })}
                columns={[
                  { title: t('assessment.rank'), dataIndex: 'rank', width: 80 },
                  { title: t('assessment.officer'), key: 'name', render: (_, entry) => entry.officer.name },
                  { title: t('assessment.village'), key: 'village', render: (_, entry) => entry.officer.villageName },
                  { title: t('assessment.total'), key: 'total', render: (_, entry) => entry.total.toFixed(1) },
                  {
                    title: '',
                    key: 'status',
                    render: (_, entry) => <StatusTag status={entry.status} />,
                  },
                ]}
              />
            )}
          </Card>
        ))}
      </Flex>
    </>
  );
}
