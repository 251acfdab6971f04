import { DUTY_TYPE_LABELS, isCalendarDate, MONTH_PATTERN, shanghaiDate } from '@fengqiao/domain';
import { Badge, Calendar, Card, Flex, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { DutyCards } from '../components/DutyCards';
import { useDutyCalendar, useDutyLogs, useDutyOfficers } from '../hooks/use-duty-logs';
import { dutyDaysByDate, dutyMonthTotals } from '../lib/duty-calendar';
import { dutyReach } from '../lib/duty-reach';

/**
 * An officer's month (antd Calendar): entries per Shanghai day, by type on a desktop and as a count on a phone.
 * A click on a day lists that day's entries below. Officer, month and day live in the URL, so a link opens the same
 * view. The auxiliary officer sees their own month; officers and the chief pick whom.
 */
export function DutyCalendarPage() {
  const { t, label, date } = useT();
  const isMobile = useIsMobile();
  const me = useCurrentUser();
  const { wide } = dutyReach(me.roles);
  const [params, setParams] = useSearchParams();
  const officerId = params.get('officerId') ?? undefined;
  const monthParam = params.get('month');
  const month = monthParam && MONTH_PATTERN.test(monthParam) ? monthParam : shanghaiDate(new Date()).slice(0, 7);
  const dayParam = params.get('day');
  const day = dayParam && isCalendarDate(dayParam) && dayParam.startsWith(month) ? dayParam : undefined;
  const officers = useDutyOfficers(wide);
  const calendar = useDutyCalendar(officerId, month);
  const days = dutyDaysByDate(calendar.data);
  const totals = dutyMonthTotals(calendar.data);
  const entries = useDutyLogs({ officerId: officerId ?? me.id, ...(day ? { day } : {}) }, day !== undefined);
  const dayItems = pagedItems(entries);

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const cell = (date: Dayjs) => {
    const found = days.get(date.format('YYYY-MM-DD'));
    if (!found) return null;
    if (isMobile) return <Badge count={found.total} size="small" color="#1677ff" />;
    return (
      <Flex vertical gap={0} data-testid={`duty-day-${date.format('YYYY-MM-DD')}`}>
        {found.counts.map(({ type, count }) => (
          <Typography.Text key={type} style={{ fontSize: 12 }} ellipsis>
            {label(DUTY_TYPE_LABELS[type])} {count}
          </Typography.Text>
        ))}
      </Flex>
    );
  };

  return (
    <>
      <PageHeader
        title={t('duty.calendarTitle')}
        sub={t('duty.monthTotal', { n: totals.total })}
        extra={
          wide ? (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 220 }}
              placeholder={t('duty.pickOfficer')}
              value={officerId}
              loading={officers.isPending}
              onChange={(value) => update({ officerId: value, day: undefined })}
              options={(officers.data ?? []).map((o) => ({ value: o.userId, label: `${o.name}（${o.villageName}）` }))}
              data-testid="duty-calendar-officer"
            />
          ) : null
        }
      />
      {calendar.isError ? <ErrorAlert error={calendar.error} /> : null}
      <Card size="small" data-testid="duty-calendar">
        <Calendar
          fullscreen={!isMobile}
          value={dayjs(day ?? `${month}-01`)}
          onPanelChange={(date) => update({ month: date.format('YYYY-MM'), day: undefined })}
          onSelect={(date, info) => {
            if (info.source === 'date') update({ month: date.format('YYYY-MM'), day: date.format('YYYY-MM-DD') });
          }}
          cellRender={(date, info) => (info.type === 'date' ? cell(date) : info.originNode)}
        />
      </Card>
      {day ? (
        <Flex vertical gap={10} style={{ marginTop: 16 }} data-testid="duty-day-entries">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('duty.dayEntries', { day: date(day) })}
          </Typography.Title>
          {entries.isError ? <ErrorAlert error={entries.error} /> : null}
          <DutyCards entries={dayItems} />
          <LoadMoreButton query={entries} shown={dayItems.length} />
        </Flex>
      ) : null}
    </>
  );
}
