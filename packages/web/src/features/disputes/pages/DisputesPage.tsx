import { DownloadOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { disputeListQuerySchema } from '@fengqiao/domain';
import { Button } from 'antd';
import { Suspense } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { lazyNamed } from '../../../app/router/lazy-page';
import { readDrillQuery, withDrillQuery } from '../../../ui/drill-query';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { BoardStats } from '../components/BoardStats';
import { DisputeCards } from '../components/DisputeCards';
import { DisputeFilters } from '../components/DisputeFilters';
import { DisputeFilterTags } from '../components/DisputeFilterTags';
import { RedAlertList } from '../components/RedAlertList';
import { useDisputeBoard, useDisputes } from '../hooks/use-disputes';
import { boardViewOf } from '../lib/board-view';
import { DISPUTE_FILTER_KEYS, readDisputeFilter, writeDisputeFilter } from '../lib/dispute-filter';

// The wide table is for desktops only; a phone showing cards never downloads it.
const DisputeTable = lazyNamed(() => import('../components/DisputeTable'), 'DisputeTable');

const BOARD_TITLES = {
  chief: 'board.titleChief',
  office: 'disputes.boardTitle',
  officer: 'board.titleOfficer',
} as const;

/**
 * The board on a desktop (figures, red alerts, filters, table) for the chief, the 综治办 and district officers,
 * and the village's case list on a phone (cards). The server orders every list most urgent first (red, overdue,
 * due soon); a board view costs one audited list read, since the figures and red alerts are not audited reads.
 */
export function DisputesPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = readDisputeFilter(params);
  // A dashboard number's link names every condition of what it counts (a period, say): the list adds no default.
  const drill = readDrillQuery(params, disputeListQuerySchema.shape, DISPUTE_FILTER_KEYS);
  const drilled = Object.keys(drill).length > 0;
  const canCreate = usePermission('dispute.create');
  const canExport = usePermission('dispute.export');
  const canGovern = usePermission('dispute.govern');
  const view = boardViewOf(useCurrentUser().roles);
  // The board's figures and wide filters are for those who oversee the town, not one village.
  const governs = canGovern || canExport;
  // A village worker's list is their to-do list unless they ask for a state explicitly.
  const listed =
    governs || drilled || filter.state || filter.closedFrom || filter.closedTo ? filter : { ...filter, open: true };
  const disputes = useDisputes(listed, { mine: view.mine && !drilled, drill });
  const board = useDisputeBoard({ mine: view.mine, enabled: governs });
  const items = pagedItems(disputes);
  const setFilter = (next: typeof filter) =>
    setParams(withDrillQuery(writeDisputeFilter(next), drill), { replace: true });

  return (
    <>
      <PageHeader
        title={governs ? t(BOARD_TITLES[view.kind]) : t('nav.disputes')}
        extra={
          <>
            {canCreate ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/disputes/new')}
                data-testid="dispute-add"
              >
                {t('disputes.register')}
              </Button>
            ) : null}
            {canExport ? (
              <Button
                icon={<DownloadOutlined />}
                href={`${API_BASE}/disputes/export.xlsx${toQueryString({ ...filter, ...drill })}`}
                data-testid="dispute-export"
              >
                {t('disputes.export')}
              </Button>
            ) : null}
            <Button
              icon={<FileTextOutlined />}
              onClick={() => navigate('/disputes/oral-agreements')}
              data-testid="oral-register"
            >
              {t('disputes.oralRegister')}
            </Button>
          </>
        }
      />
      {governs ? <BoardStats board={board.data} onPick={setFilter} /> : null}
      {governs && board.data ? <RedAlertList alerts={board.data.openRed} total={board.data.open.byRisk.red} /> : null}
      <DisputeFilters filter={filter} onChange={setFilter} wide={governs} />
      {/* Only a filtered list has tags, so an unfiltered phone list loads no class or place names for them. */}
      {params.size > 0 ? (
        <DisputeFilterTags params={params} onChange={(next) => setParams(next, { replace: true })} />
      ) : null}
      {disputes.isError ? <ErrorAlert error={disputes.error} /> : null}
      {isMobile ? (
        <div data-testid="dispute-cards">
          <DisputeCards disputes={items} />
        </div>
      ) : (
        <div data-testid="dispute-table">
          <Suspense fallback={null}>
            <DisputeTable disputes={items} loading={isListLoading(disputes)} />
          </Suspense>
        </div>
      )}
      <LoadMoreButton query={disputes} shown={items.length} />
    </>
  );
}
