import { DownloadOutlined } from '@ant-design/icons';
import type { PatrolHours } from '@fengqiao/domain';
import { Alert, Button, DatePicker, Flex, Segmented, Select, Table, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { PatrolNav } from '../components/PatrolNav';
import { patrolUrl, usePatrolHours, usePatrolTeams } from '../hooks/use-patrols';
import { type HoursQuery, readHoursQuery, writeHoursQuery } from '../lib/hours-query';

type PersonRow = PatrolHours['people'][number];
type TeamRow = PatrolHours['teams'][number];

/** 志愿时长: per volunteer and per team, for a month or a year, as counted from the check-ins. */
export function PatrolHoursPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const query = readHoursQuery(params);
  const teams = usePatrolTeams();
  const hours = usePatrolHours(query);
  const set = (next: HoursQuery) => setParams(writeHoursQuery(next), { replace: true });
  const team = query.teamId ? { teamId: query.teamId } : {};
  const byYear = 'year' in query;
  const period = byYear ? dayjs(`${query.year}-01-01`) : dayjs(`${query.month}-01`);
  const numbers = { shifts: t('patrols.shifts'), hours: t('patrols.hoursN') };

  return (
    <>
      <PageHeader
        title={t('patrols.hoursTitle')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            href={patrolUrl('/hours/export.xlsx', { ...query })}
            data-testid="patrol-hours-export"
          >
            {t('patrols.export')}
          </Button>
        }
      />
      <PatrolNav />
      <Flex vertical={isMobile} gap={10} wrap style={{ marginBottom: 16 }}>
        <Segmented
          size={isMobile ? 'large' : 'middle'}
          value={byYear ? 'year' : 'month'}
          onChange={(mode) =>
            set(
              mode === 'year'
                ? { year: period.format('YYYY'), ...team }
                : { month: byYear ? `${query.year}-01` : query.month, ...team },
            )
          }
          options={[
            { value: 'month', label: t('patrols.byMonth') },
            { value: 'year', label: t('patrols.byYear') },
          ]}
        />
        <DatePicker
          size={isMobile ? 'large' : 'middle'}
          style={isMobile ? { minHeight: 44 } : undefined}
          picker={byYear ? 'year' : 'month'}
          value={period}
          allowClear={false}
          inputReadOnly
          onChange={(value) =>
            value && set(byYear ? { year: value.format('YYYY'), ...team } : { month: value.format('YYYY-MM'), ...team })
          }
          data-testid="patrol-hours-period"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          size={isMobile ? 'large' : 'middle'}
          style={isMobile ? { minWidth: 180, minHeight: 44 } : { minWidth: 180 }}
          placeholder={t('patrols.allTeams')}
          value={query.teamId}
          onChange={(teamId: string | undefined) => {
            const { teamId: _old, ...rest } = query;
            set(teamId ? { ...rest, teamId } : rest);
          }}
          options={(teams.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
        />
      </Flex>
      <Alert type="info" showIcon title={t('patrols.hoursRule')} style={{ marginBottom: 16 }} />
      {hours.isError ? <ErrorAlert error={hours.error} /> : null}
      <Tabs
        items={[
          {
            key: 'people',
            label: t('patrols.byPerson'),
            children: (
              <Table<PersonRow>
                rowKey={(row) => `${row.personId}:${row.teamId}`}
                size="middle"
                loading={hours.isPending}
                dataSource={hours.data?.people ?? []}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                scroll={{ x: 'max-content' }}
                onRow={rowTestId(() => 'patrol-hours-person')}
                columns={[
                  { title: t('patrols.person'), dataIndex: 'name' },
                  { title: t('patrols.team'), dataIndex: 'teamName' },
                  { title: numbers.shifts, dataIndex: 'shifts', align: 'right' },
                  { title: numbers.hours, dataIndex: 'hours', align: 'right' },
                ]}
              />
            ),
          },
          {
            key: 'teams',
            label: t('patrols.byTeam'),
            children: (
              <Table<TeamRow>
                rowKey="teamId"
                size="middle"
                loading={hours.isPending}
                dataSource={hours.data?.teams ?? []}
                pagination={false}
                onRow={rowTestId(() => 'patrol-hours-team')}
                columns={[
                  { title: t('patrols.team'), dataIndex: 'teamName' },
                  { title: t('patrols.people'), dataIndex: 'people', align: 'right' },
                  { title: numbers.shifts, dataIndex: 'shifts', align: 'right' },
                  { title: numbers.hours, dataIndex: 'hours', align: 'right' },
                ]}
              />
            ),
          },
        ]}
      />
    </>
  );
}
