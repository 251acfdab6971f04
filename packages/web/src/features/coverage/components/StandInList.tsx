import { DUTY_LABELS, type StandIn } from '@fengqiao/domain';
import { App, Button, Flex, List, Tag, Typography } from 'antd';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { useEndStandIn } from '../hooks/use-coverage';

/** Where a leave stands today. */
function stateOf(
  item: StandIn,
  today: string,
): { key: 'coverage.ended' | 'coverage.current' | 'coverage.upcoming' | 'coverage.over'; color: string } {
  if (item.endedAt) return { key: 'coverage.ended', color: 'default' };
  if (item.current) return { key: 'coverage.current', color: item.standInPersonId ? 'orange' : 'red' };
  if (item.fromDay > today) return { key: 'coverage.upcoming', color: 'blue' };
  return { key: 'coverage.over', color: 'default' };
}

/** The town's leaves, latest first: who is away where, the days, who stands in, and 结束请假 for managers. */
export function StandInList({ items, today, loading }: { items: StandIn[]; today: string; loading: boolean }) {
  const { t, date, label } = useT();
  const { modal, message } = App.useApp();
  const end = useEndStandIn();
  const confirmEnd = (item: StandIn) =>
    modal.confirm({
      title: t('coverage.end'),
      content: t('coverage.endConfirm', { name: item.absentName }),
      okText: t('coverage.end'),
      cancelText: t('common.cancel'),
      onOk: () => end.mutateAsync(item.id).then(() => message.success(t('coverage.endedMessage'))),
    });
  return (
    <List
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('coverage.noStandIns') }}
      renderItem={(item) => {
        const state = stateOf(item, today);
        return (
          <List.Item
            data-testid={`stand-in-${item.id}`}
            actions={
              can(item, 'end')
                ? [
                    <Button
                      key="end"
                      size="large"
                      onClick={() => confirmEnd(item)}
                      data-testid={`stand-in-end-${item.id}`}
                    >
                      {t('coverage.end')}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={2}>
              <Flex gap={6} wrap align="center">
                <Typography.Text strong>{item.absentName}</Typography.Text>
                <Typography.Text type="secondary">
                  {item.jurisdictionName} {label(DUTY_LABELS[item.duty])}
                </Typography.Text>
                <Tag color={state.color}>{t(state.key)}</Tag>
              </Flex>
              <Typography.Text>
                {date(item.fromDay)} – {date(item.toDay)} · {t('coverage.standIn')}：
                {item.standInName ?? <Typography.Text type="danger">{t('coverage.nobody')}</Typography.Text>}
              </Typography.Text>
              <Typography.Text type="secondary">
                {item.reason}
                {item.createdByName ? ` · ${t('coverage.recordedBy', { name: item.createdByName })}` : ''}
              </Typography.Text>
            </Flex>
          </List.Item>
        );
      }}
    />
  );
}
