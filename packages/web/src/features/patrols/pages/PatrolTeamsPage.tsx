import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { PatrolTeam } from '@fengqiao/domain';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { PatrolNav } from '../components/PatrolNav';
import { TeamFormModal } from '../components/TeamFormModal';
import { patrolUrl, usePatrolTeams } from '../hooks/use-patrols';

const teamPath = (team: PatrolTeam) => `/patrols/teams/${encodeURIComponent(team.id)}`;

/**
 * The town's patrol teams: leader, area and size; a team opens to its members and rota. Whoever reads the teams may
 * export them, one row per member (the server masks the phones and audits the file).
 */
export function PatrolTeamsPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const canManage = usePermission('patrol.manage');
  const teams = usePatrolTeams();
  const [creating, setCreating] = useState(false);
  const items = teams.data?.items ?? [];
  const areaNames = (team: PatrolTeam) => team.areas.map((area) => area.name).join('、');
  const state = (team: PatrolTeam) =>
    team.active ? <Tag color="green">{t('patrols.active')}</Tag> : <Tag>{t('patrols.inactive')}</Tag>;

  return (
    <>
      <PageHeader
        title={t('patrols.teamsTitle')}
        extra={
          <>
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="patrol-team-add"
              >
                {t('patrols.newTeam')}
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} href={patrolUrl('/teams/export.xlsx')} data-testid="patrol-team-export">
              {t('patrols.export')}
            </Button>
          </>
        }
      />
      <PatrolNav />
      {teams.isError ? <ErrorAlert error={teams.error} /> : null}
      {isMobile ? (
        <Flex vertical gap={10}>
          {items.map((team) => (
            <Link key={team.id} to={teamPath(team)} data-testid="patrol-team-card">
              <Card size="small" hoverable>
                <Flex vertical gap={4}>
                  <Flex justify="space-between" align="baseline">
                    <Typography.Text strong style={{ fontSize: 17 }}>
                      {team.name}
                    </Typography.Text>
                    {state(team)}
                  </Flex>
                  <Typography.Text type="secondary">
                    {t('patrols.leader')}：{team.leaderName} · {t('patrols.memberCount', { n: team.memberCount })}
                  </Typography.Text>
                  <Typography.Text type="secondary">{areaNames(team)}</Typography.Text>
                </Flex>
              </Card>
            </Link>
          ))}
        </Flex>
      ) : (
        <Table<PatrolTeam>
          rowKey="id"
          size="middle"
          loading={teams.isPending}
          dataSource={items}
          pagination={false}
          onRow={rowTestId(() => 'patrol-team-row')}
          columns={[
            {
              title: t('patrols.teamName'),
              key: 'name',
              render: (_, team) => <Link to={teamPath(team)}>{team.name}</Link>,
            },
            { title: t('patrols.leader'), dataIndex: 'leaderName', width: 140 },
            { title: t('patrols.area'), key: 'area', render: (_, team) => areaNames(team) },
            {
              title: t('patrols.members'),
              key: 'members',
              width: 100,
              align: 'right',
              render: (_, team) => t('patrols.memberCount', { n: team.memberCount }),
            },
            { title: t('patrols.status'), key: 'active', width: 100, render: (_, team) => state(team) },
          ]}
        />
      )}
      {creating ? <TeamFormModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
