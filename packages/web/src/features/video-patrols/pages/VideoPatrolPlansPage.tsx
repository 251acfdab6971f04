import { PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { VideoPatrolPlan, Weekday } from '@fengqiao/domain';
import { App, Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { PlanFormModal } from '../components/PlanFormModal';
import { VideoPatrolNav } from '../components/VideoPatrolNav';
import { usePlans, useStartRound } from '../hooks/use-video-patrols';
import { scheduleText } from '../lib/plan-form';

const rowProps = rowTestId((plan: VideoPatrolPlan) => `plan-row-${plan.id}`);

/**
 * 巡查方案: each plan's cameras, checklist and schedule; managers add and change plans, and 发起巡查 starts a round
 * of a plan at once, outside its schedule.
 */
export function VideoPatrolPlansPage() {
  const { t } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canManage = usePermission('videopatrol.manage');
  const plans = usePlans();
  const start = useStartRound();
  const items = pagedItems(plans);
  const [editing, setEditing] = useState<VideoPatrolPlan | 'new' | null>(null);
  const words = {
    daily: t('videoPatrols.plan.daily'),
    weekday: (day: Weekday) => t(`videoPatrols.weekday.${day}`),
    separator: '、',
  };

  return (
    <>
      <PageHeader
        title={t('videoPatrols.plansTitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="plan-new">
              {t('videoPatrols.plan.new')}
            </Button>
          ) : null
        }
      />
      <VideoPatrolNav />
      <ErrorAlert error={plans.error ?? start.error} />
      <Table<VideoPatrolPlan>
        rowKey="id"
        size="middle"
        data-testid="plan-table"
        loading={isListLoading(plans)}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('videoPatrols.plansEmpty') }}
        onRow={rowProps}
        scroll={{ x: true }}
        columns={[
          {
            key: 'name',
            title: t('videoPatrols.plan.name'),
            render: (_, plan) => (
              <>
                {plan.name} {plan.active ? null : <Tag>{t('videoPatrols.plan.inactive')}</Tag>}
              </>
            ),
          },
          {
            key: 'cameras',
            title: t('videoPatrols.plan.cameras'),
            render: (_, plan) => (
              <Typography.Text
                ellipsis={{ tooltip: plan.cameras.map((camera) => camera.name).join('、') }}
                style={{ maxWidth: 280 }}
              >
                {t('videoPatrols.plan.cameraCount', { n: plan.cameras.length })} ·{' '}
                {plan.cameras.map((camera) => camera.name).join('、')}
              </Typography.Text>
            ),
          },
          {
            key: 'checklist',
            title: t('videoPatrols.checklist'),
            render: (_, plan) => t('videoPatrols.plan.itemCount', { n: plan.checklist.length }),
          },
          {
            key: 'schedule',
            title: t('videoPatrols.plan.schedule'),
            render: (_, plan) => scheduleText(plan.schedule, words),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, plan) => (
              <>
                {plan.actions.includes('start') ? (
                  <Button
                    type="link"
                    icon={<PlayCircleOutlined />}
                    loading={start.isPending && start.variables?.planId === plan.id}
                    onClick={() =>
                      start.mutate(
                        { planId: plan.id },
                        {
                          onSuccess: (round) => {
                            message.success(t('videoPatrols.started'));
                            navigate(`/video-patrols/rounds/${round.id}`);
                          },
                        },
                      )
                    }
                    data-testid="plan-start"
                  >
                    {t('videoPatrols.startRound')}
                  </Button>
                ) : null}
                {plan.actions.includes('edit') ? (
                  <Button type="link" onClick={() => setEditing(plan)} data-testid="plan-edit">
                    {t('common.edit')}
                  </Button>
                ) : null}
              </>
            ),
          },
        ]}
      />
      <LoadMoreButton query={plans} shown={items.length} />
      {editing !== null ? (
        <PlanFormModal plan={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
