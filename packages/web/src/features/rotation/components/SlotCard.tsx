import type { RotaSlotView } from '@fengqiao/domain';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';

interface Props {
  slot: RotaSlotView;
  onCheckIn: (slot: RotaSlotView) => void;
  onRequestSwap: (slot: RotaSlotView) => void;
}

/** One turn: the village, its director (or that none is named), the days, and what the caller may do. */
export function SlotCard({ slot, onCheckIn, onRequestSwap }: Props) {
  const { t, date } = useT();
  return (
    <Card
      size="small"
      data-testid="rota-slot"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('rotation.slotN', { n: slot.index + 1 })}</span>
          <span data-testid="rota-slot-village">{slot.villageName}</span>
        </Flex>
      }
    >
      <Flex vertical gap={6}>
        {slot.directorName ? (
          <Typography.Text strong data-testid="rota-slot-director">
            {slot.directorName}
          </Typography.Text>
        ) : (
          <Typography.Text type="warning">{t('rotation.noDirector')}</Typography.Text>
        )}
        <Typography.Text type="secondary">{slot.days.map((day) => date(day)).join('、')}</Typography.Text>
        {slot.checkIns.length > 0 ? (
          <Tag color="green">{t('rotation.checkedIn', { n: slot.checkIns.length, total: slot.days.length })}</Tag>
        ) : null}
        <Flex gap={8} wrap>
          {can(slot, 'check_in') ? (
            <Button type="primary" size="large" onClick={() => onCheckIn(slot)} data-testid="rota-check-in">
              {t('rotation.checkIn')}
            </Button>
          ) : null}
          {can(slot, 'request_swap') ? (
            <Button onClick={() => onRequestSwap(slot)} data-testid="rota-request-swap">
              {t('rotation.requestSwap')}
            </Button>
          ) : null}
          <Link to={`/rotation/slots/${slot.id}`}>{t('rotation.stay')}</Link>
        </Flex>
      </Flex>
    </Card>
  );
}
