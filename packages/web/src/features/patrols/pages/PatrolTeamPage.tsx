import { ArrowLeftOutlined, CalendarOutlined, UserAddOutlined } from '@ant-design/icons';
import type { PatrolMember, PatrolShift } from '@fengqiao/domain';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { rowTestId } from '../../../ui/row-test-id';
import { AddMemberModal } from '../components/AddMemberModal';
import { RotaModal } from '../components/RotaModal';
import { useDeletePatrolShift, usePatrolShifts, usePatrolTeam, useRemovePatrolMember } from '../hooks/use-patrols';

/** One team: its leader and area, the members (added and removed by patrol.manage), and its nights on the rota. */
export function PatrolTeamPage() {
  const { id = '' } = useParams();
  const { t, date } = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const team = usePatrolTeam(id);
  const shifts = usePatrolShifts({ teamId: id });
  const remove = useRemovePatrolMember(id);
  const deleteShift = useDeletePatrolShift();
  const [adding, setAdding] = useState(false);
  const [rota, setRota] = useState(false);

  if (team.isPending) return <Skeleton active />;
  if (team.isError) return <RecordLoadError error={team.error} onRetry={() => void team.refetch()} />;
  const record = team.data;
  const mayEditMembers = can(record, 'members');
  const nights = pagedItems(shifts);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/patrols/teams')}>
          {t('common.back')}
        </Button>
      </Flex>
      <Card size="small">
        <Flex vertical gap={10}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="patrol-team-title">
              {record.name}
            </Typography.Title>
            {record.active ? <Tag color="green">{t('patrols.active')}</Tag> : <Tag>{t('patrols.inactive')}</Tag>}
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 3 }}
            items={[
              { key: 'leader', label: t('patrols.leader'), children: record.leaderName },
              {
                key: 'area',
                label: t('patrols.area'),
                children: record.areas.map((area) => area.name).join('、'),
              },
              {
                key: 'members',
                label: t('patrols.members'),
                children: t('patrols.memberCount', { n: record.memberCount }),
              },
            ]}
          />
        </Flex>
      </Card>

      <Card
        size="small"
        title={t('patrols.members')}
        extra={
          mayEditMembers ? (
            <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="patrol-member-add">
              {t('patrols.addMember')}
            </Button>
          ) : null
        }
      >
        <ErrorAlert error={remove.error} />
        <Table<PatrolMember>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={record.members}
          scroll={{ x: 'max-content' }}
          onRow={rowTestId(() => 'patrol-member-row')}
          columns={[
            { title: t('patrols.memberPerson'), dataIndex: 'name' },
            { title: t('patrols.phone'), key: 'phone', render: (_, member) => member.phone ?? '—' },
            {
              title: t('patrols.account'),
              key: 'account',
              render: (_, member) =>
                member.username ?? <Typography.Text type="warning">{t('patrols.noAccount')}</Typography.Text>,
            },
            { title: t('patrols.joinedAt'), key: 'joinedAt', render: (_, member) => date(member.joinedAt) },
            ...(mayEditMembers
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, member: PatrolMember) => (
                      <Popconfirm
                        title={t('patrols.removeMemberConfirm', { name: member.name })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() =>
                          remove.mutate(member.id, { onSuccess: () => message.success(t('patrols.memberRemoved')) })
                        }
                      >
                        <Button size="small" danger data-testid="patrol-member-remove">
                          {t('patrols.removeMember')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card
        size="small"
        title={t('patrols.rota')}
        extra={
          can(record, 'rota') ? (
            <Button icon={<CalendarOutlined />} onClick={() => setRota(true)} data-testid="patrol-rota-add">
              {t('patrols.addNights')}
            </Button>
          ) : null
        }
      >
        <ErrorAlert error={shifts.error ?? deleteShift.error} />
        <Table<PatrolShift>
          rowKey="id"
          size="small"
          pagination={false}
          loading={isListLoading(shifts)}
          dataSource={nights}
          locale={{ emptyText: t('patrols.noRota') }}
          onRow={rowTestId(() => 'patrol-rota-row')}
          columns={[
            { title: t('patrols.night'), key: 'day', render: (_, shift) => date(shift.day) },
            { title: t('patrols.checkInCount'), dataIndex: 'checkInCount', align: 'right' },
            {
              title: t('patrols.logState'),
              key: 'log',
              render: (_, shift) =>
                shift.logId ? <Tag color="green">{t('patrols.logWritten')}</Tag> : <Tag>{t('patrols.logMissing')}</Tag>,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, shift) =>
                can(shift, 'delete') ? (
                  <Popconfirm
                    title={t('patrols.deleteShiftConfirm', { day: date(shift.day) })}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      deleteShift.mutate(shift.id, { onSuccess: () => message.success(t('patrols.shiftDeleted')) })
                    }
                  >
                    <Button size="small" danger>
                      {t('patrols.deleteShift')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
        <LoadMoreButton query={shifts} shown={nights.length} />
      </Card>
      {adding ? <AddMemberModal teamId={record.id} onClose={() => setAdding(false)} /> : null}
      {rota ? <RotaModal team={record} onClose={() => setRota(false)} /> : null}
    </Flex>
  );
}
