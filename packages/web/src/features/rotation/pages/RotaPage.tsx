import { type RotaSlotView, shanghaiDate } from '@fengqiao/domain';
import { Badge, Button, Calendar, Card, Col, Empty, Flex, Row, Select, Spin, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorResult } from '../../../ui/ErrorResult';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { CheckInModal } from '../components/CheckInModal';
import { GenerateRotaModal } from '../components/GenerateRotaModal';
import { SlotCard } from '../components/SlotCard';
import { SwapList } from '../components/SwapList';
import { SwapRequestModal } from '../components/SwapRequestModal';
import { useRota, useSwaps } from '../hooks/use-rotation';
import { slotsOfMonth, slotsOnDay } from '../lib/rota-view';

/**
 * The security directors' rota (domain.md §5): a month calendar with the 4 directors of the month, the whole year,
 * and the swap requests. The chief generates and approves; the desk records check-ins; the village side asks for a
 * swap of its own turn.
 */
export function RotaPage() {
  const { t, dateTime } = useT();
  const today = shanghaiDate(new Date());
  const isMobile = useIsMobile();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState<Dayjs>(dayjs(today));
  const [generating, setGenerating] = useState(false);
  const [checkingIn, setCheckingIn] = useState<RotaSlotView | null>(null);
  const [swapping, setSwapping] = useState<RotaSlotView | null>(null);
  const rota = useRota(year);
  const swaps = useSwaps(year);
  const slots = rota.data?.slots ?? [];
  const monthNumber = month.year() === year ? month.month() + 1 : 1;
  const years = [year - 1, year, year + 1].map((y) => ({ value: y, label: t('rotation.year', { year: y }) }));

  const cards = (list: RotaSlotView[]) => (
    <Row gutter={[12, 12]}>
      {list.map((slot) => (
        <Col key={slot.id} xs={24} sm={12} lg={6}>
          <SlotCard slot={slot} onCheckIn={setCheckingIn} onRequestSwap={setSwapping} />
        </Col>
      ))}
    </Row>
  );

  if (rota.isError) return <ErrorResult error={rota.error} onRetry={() => void rota.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('rotation.title')}
        sub={
          rota.data?.generatedAt
            ? t('rotation.generated', { at: dateTime(rota.data.generatedAt), seed: rota.data.seed ?? '' })
            : undefined
        }
        extra={
          <>
            <Select
              value={year}
              options={years}
              onChange={(y) => {
                setYear(y);
                setMonth(dayjs(`${y}-01-01`));
              }}
              style={{ width: 120 }}
              data-testid="rota-year"
            />
            {rota.data && can(rota.data, 'generate') ? (
              <Button type="primary" onClick={() => setGenerating(true)} data-testid="rota-generate">
                {t('rotation.generate')}
              </Button>
            ) : null}
            <Link to="/rotation/calendar">
              <Button>{t('rotation.calendarSettings')}</Button>
            </Link>
            <Link to="/rotation/trainings">
              <Button>{t('rotation.trainings')}</Button>
            </Link>
          </>
        }
      />
      {rota.isPending ? (
        <Spin />
      ) : slots.length === 0 ? (
        <Empty description={t('rotation.none')} />
      ) : (
        <Tabs
          items={[
            {
              key: 'month',
              label: t('rotation.monthView'),
              children: (
                <Flex vertical gap={16}>
                  <Typography.Title level={4} style={{ margin: 0 }} data-testid="rota-month-title">
                    {t('rotation.year', { year })} {t('rotation.month', { m: monthNumber })}
                  </Typography.Title>
                  {cards(slotsOfMonth(slots, monthNumber))}
                  <Card size="small">
                    <Calendar
                      fullscreen={!isMobile}
                      value={month}
                      validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]}
                      onPanelChange={(value) => setMonth(value)}
                      onSelect={(value) => setMonth(value)}
                      cellRender={(value, info) => {
                        if (info.type !== 'date') return info.originNode;
                        const onDay = slotsOnDay(slots, value.format('YYYY-MM-DD'));
                        // A phone's month grid has no room for names: a dot marks a duty day, the cards above name them.
                        if (isMobile) return onDay.length > 0 ? <Badge status="processing" /> : null;
                        return (
                          <Flex vertical gap={2}>
                            {onDay.map((slot) => (
                              <Tag key={slot.id} color="blue" data-testid="rota-calendar-entry">
                                {slot.villageName}
                                {slot.directorName ? ` ${slot.directorName}` : ''}
                              </Tag>
                            ))}
                          </Flex>
                        );
                      }}
                    />
                  </Card>
                </Flex>
              ),
            },
            {
              key: 'year',
              label: t('rotation.yearView'),
              children: (
                <Flex vertical gap={16}>
                  {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                    <Flex key={m} vertical gap={8}>
                      <Typography.Title level={5} style={{ margin: 0 }}>
                        {t('rotation.month', { m })}
                      </Typography.Title>
                      {cards(slotsOfMonth(slots, m))}
                    </Flex>
                  ))}
                </Flex>
              ),
            },
            {
              key: 'swaps',
              label: t('rotation.swaps'),
              children: <SwapList swaps={swaps.data ?? []} slots={slots} />,
            },
          ]}
        />
      )}
      {generating && rota.data ? (
        <GenerateRotaModal townId={rota.data.townId} year={year} onClose={() => setGenerating(false)} />
      ) : null}
      {checkingIn ? <CheckInModal slot={checkingIn} onClose={() => setCheckingIn(null)} /> : null}
      {swapping ? <SwapRequestModal slot={swapping} slots={slots} onClose={() => setSwapping(null)} /> : null}
    </>
  );
}
