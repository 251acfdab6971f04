import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { readAuditFilter, writeAuditFilter } from '../audit-filter';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { useAudit } from '../hooks/use-audit';

export function AuditPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const filter = readAuditFilter(params);
  const audit = useAudit(filter);
  const entries = pagedItems(audit);

  return (
    <>
      <PageHeader title={t('nav.audit')} sub={t('audit.timezoneNote')} />
      <AuditFilters filter={filter} onChange={(next) => setParams(writeAuditFilter(next), { replace: true })} />
      {audit.isError ? <ErrorAlert error={audit.error} /> : null}
      <AuditTable entries={entries} loading={isListLoading(audit)} />
      <LoadMoreButton query={audit} shown={entries.length} />
    </>
  );
}
