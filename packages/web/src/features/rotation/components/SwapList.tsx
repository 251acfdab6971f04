import type { RotaSlotView, RotaSwap } from '@fengqiao/domain';
import { Button, Flex, List, Tag, Typography } from 'antd';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useDecideSwap } from '../hooks/use-rotation';

const STATUS_COLOR: Record<RotaSwap['status'], string> = {
  pending: 'gold',
  approved: 'green',
  refused: 'red',
  withdrawn: 'default',
};

/** Swap requests of the year; the chief approves or refuses a pending one. */
export function SwapList({ swaps, slots }: { swaps: readonly RotaSwap[]; slots: readonly RotaSlotView[] }) {
  const { t, date, dateTime } = useT();
  const decide = useDecideSwap();
  const slotText = (id: string | null) => {
    const slot = slots.find((s) => s.id === id);
    return slot ? `${t('rotation.month', { m: slot.month })} ${slot.villageName} ${date(slot.startDate)}` : '—';
  };
  return (
    <>
      <ErrorAlert error={decide.error} />
      <List
        dataSource={[...swaps]}
        locale={{ emptyText: t('rotation.noSwaps') }}
        renderItem={(swap) => (
          <List.Item
            key={swap.id}
            data-testid="rota-swap"
            actions={
              can(swap, 'approve')
                ? [
                    <Button
                      key="approve"
                      type="primary"
                      loading={decide.isPending}
                      data-testid="rota-swap-approve"
                      onClick={() => decide.mutate({ id: swap.id, body: { decision: 'approve' } })}
                    >
                      {t('rotation.approve')}
                    </Button>,
                    <Button
                      key="refuse"
                      loading={decide.isPending}
                      onClick={() => decide.mutate({ id: swap.id, body: { decision: 'refuse' } })}
                    >
                      {t('rotation.refuse')}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={4}>
              <Flex gap={8} wrap align="center">
                <Tag color={STATUS_COLOR[swap.status]} data-testid="rota-swap-status">
                  {t(`rotation.swapStatus.${swap.status}`)}
                </Tag>
                <Typography.Text strong>{t(`rotation.swapKind.${swap.kind}`)}</Typography.Text>
                <span>{slotText(swap.slotId)}</span>
                {swap.kind === 'exchange' ? <span>⇄ {slotText(swap.otherSlotId)}</span> : null}
                {swap.replacementName ? <span>→ {swap.replacementName}</span> : null}
              </Flex>
              <Typography.Text type="secondary">
                {t('rotation.reason')}：{swap.reason} · {t('rotation.requestedBy')}：{swap.requestedByName ?? '—'}{' '}
                {dateTime(swap.requestedAt)}
                {swap.decisionNote ? ` · ${t('rotation.decisionNote')}：${swap.decisionNote}` : ''}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </>
  );
}
