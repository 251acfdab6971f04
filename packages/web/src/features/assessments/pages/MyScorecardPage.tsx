import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { MonthPicker } from '../components/MonthPicker';
import { ScorecardPanel } from '../components/ScorecardPanel';
import { useMyScorecard } from '../hooks/use-assessments';
import { monthFromQuery } from '../lib/assessment-month';

/** The village auxiliary officer's own scorecard, made for the phone: the month, the total and every item. */
export function MyScorecardPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const month = monthFromQuery(params.get('month'));
  const card = useMyScorecard(month);
  return (
    <>
      <PageHeader
        title={t('assessment.mineTitle')}
        extra={<MonthPicker month={month} onChange={(next) => setParams({ month: next })} />}
      />
      {card.error ? <RecordLoadError error={card.error} onRetry={() => card.refetch()} /> : null}
      {card.data ? <ScorecardPanel card={card.data} /> : card.error ? null : <FullPageSpin />}
    </>
  );
}
