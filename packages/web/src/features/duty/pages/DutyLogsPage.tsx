import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Suspense } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { lazyNamed } from '../../../app/router/lazy-page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { DutyCards } from '../components/DutyCards';
import { DutyFilters } from '../components/DutyFilters';
import { useDutyLogs } from '../hooks/use-duty-logs';
import { readDutyFilter, writeDutyFilter } from '../lib/duty-filter';
import { dutyReach } from '../lib/duty-reach';

// The wide table is for desktops only; a phone showing cards never downloads it.
const DutyTable = lazyNamed(() => import('../components/DutyTable'), 'DutyTable');

/** Entries per village, officer and day: cards on a phone, a table on a desktop for officers and the chief. */
export function DutyLogsPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = readDutyFilter(params);
  const canLog = usePermission('duty.log');
  const { wide } = dutyReach(useCurrentUser().roles);
  const entries = useDutyLogs(filter);
  const items = pagedItems(entries);
  const calendarQuery = filter.officerId ? `?officerId=${encodeURIComponent(filter.officerId)}` : '';

  return (
    <>
      <PageHeader
        title={t('duty.title')}
        extra={
          <>
            {canLog ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/duty/new')}
                data-testid="duty-add"
              >
                {t('duty.logOne')}
              </Button>
            ) : null}
            <Button
              icon={<CalendarOutlined />}
              onClick={() => navigate(`/duty/calendar${calendarQuery}`)}
              data-testid="duty-calendar-link"
            >
              {t('duty.calendar')}
            </Button>
          </>
        }
      />
      <DutyFilters
        filter={filter}
        onChange={(next) => setParams(writeDutyFilter(next), { replace: true })}
        wide={wide}
      />
      {entries.isError ? <ErrorAlert error={entries.error} /> : null}
      {isMobile ? (
        <div data-testid="duty-cards">
          <DutyCards entries={items} />
        </div>
      ) : (
        <div data-testid="duty-table">
          <Suspense fallback={null}>
            <DutyTable entries={items} loading={isListLoading(entries)} />
          </Suspense>
        </div>
      )}
      <LoadMoreButton query={entries} shown={items.length} />
    </>
  );
}
