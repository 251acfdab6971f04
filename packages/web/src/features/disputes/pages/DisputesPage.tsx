import { DownloadOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Suspense } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { lazyNamed } from '../../../app/router/lazy-page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { BoardStats } from '../components/BoardStats';
import { DisputeCards } from '../components/DisputeCards';
import { DisputeFilters } from '../components/DisputeFilters';
import { RedAlertList } from '../components/RedAlertList';
import { useDisputes } from '../hooks/use-disputes';
import { readDisputeFilter, writeDisputeFilter } from '../lib/dispute-filter';
import { openCasesOnly, redFirst } from '../lib/risk-order';

// The wide table is for desktops only; a phone showing cards never downloads it.
const DisputeTable = lazyNamed(() => import('../components/DisputeTable'), 'DisputeTable');

/**
 * The 综治办 board on a desktop (figures, filters, table) and the village's case list on a phone (cards). Both
 * show red and overdue cases first among those loaded.
 */
export function DisputesPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = readDisputeFilter(params);
  const canCreate = usePermission('dispute.create');
  const canExport = usePermission('dispute.export');
  const canGovern = usePermission('dispute.govern');
  // The board's figures and wide filters are for those who oversee the town, not one village.
  const governs = canGovern || canExport;
  const disputes = useDisputes(filter);
  const loaded = pagedItems(disputes);
  // A village worker's list is their to-do list unless they ask for a state explicitly.
  const items = redFirst(governs || filter.state ? loaded : openCasesOnly(loaded));
  const setFilter = (next: typeof filter) => setParams(writeDisputeFilter(next), { replace: true });

  return (
    <>
      <PageHeader
        title={governs ? t('disputes.boardTitle') : t('nav.disputes')}
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
                href={`${API_BASE}/disputes/export.xlsx${toQueryString({ ...filter })}`}
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
      {governs ? <BoardStats onPick={setFilter} /> : null}
      {governs ? <RedAlertList /> : null}
      <DisputeFilters filter={filter} onChange={setFilter} wide={governs} />
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
