import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { NightCards } from '../components/NightCards';
import { NightTable } from '../components/NightTable';
import { PatrolLogFilters } from '../components/PatrolLogFilters';
import { PatrolLogModal } from '../components/PatrolLogModal';
import { PatrolNav } from '../components/PatrolNav';
import { patrolUrl, usePatrolLogs, usePatrolSettings, usePatrolShifts } from '../hooks/use-patrols';
import { type NightRow, nightOfLog, nightOfShift } from '../lib/night-rows';
import { nightsQueryOf, readPatrolLogFilter, shiftQueryOf, writePatrolLogFilter } from '../lib/patrol-filter';

/**
 * 巡逻日志: every team's nights, newest first; a night opens to its check-ins per checkpoint and its findings. The
 * rota is the list, so a night nobody checked in at shows too; filtered by a finding, the list is the written logs.
 * Whoever reads the log may export it (the server masks and audits the file).
 */
export function PatrolLogPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = readPatrolLogFilter(params);
  const byFinding = filter.finding !== undefined;
  const settings = usePatrolSettings();
  const shifts = usePatrolShifts(nightsQueryOf(filter), !byFinding);
  const logs = usePatrolLogs(filter, byFinding);
  const list = byFinding ? logs : shifts;
  const nights: NightRow[] = byFinding
    ? pagedItems(logs).map(nightOfLog)
    : pagedItems(shifts).map((shift) => nightOfShift(shift));
  const [writing, setWriting] = useState<NightRow | null>(null);

  return (
    <>
      <PageHeader
        title={t('nav.patrols')}
        sub={settings.data ? t('patrols.shiftHours', { start: settings.data.start, end: settings.data.end }) : null}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              href={patrolUrl('/export.xlsx', { ...filter })}
              data-testid="patrol-export"
            >
              {t('patrols.export')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              href={patrolUrl('/check-ins/export.xlsx', shiftQueryOf(filter))}
              data-testid="patrol-export-checkins"
            >
              {t('patrols.exportCheckIns')}
            </Button>
          </>
        }
      />
      <PatrolNav />
      <PatrolLogFilters filter={filter} onChange={(next) => setParams(writePatrolLogFilter(next), { replace: true })} />
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {isMobile ? (
        <div data-testid="patrol-night-cards">
          <NightCards nights={nights} onWriteLog={setWriting} />
        </div>
      ) : (
        <div data-testid="patrol-night-table">
          <NightTable nights={nights} loading={isListLoading(list)} onWriteLog={setWriting} />
        </div>
      )}
      <LoadMoreButton query={list} shown={nights.length} />
      {writing ? (
        <PatrolLogModal
          shift={{ id: writing.shiftId, teamName: writing.teamName, day: writing.day }}
          onClose={() => setWriting(null)}
        />
      ) : null}
    </>
  );
}
