import { Button } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { ScorecardPanel } from '../components/ScorecardPanel';
import { useScorecard } from '../hooks/use-assessments';
import { monthFromQuery } from '../lib/assessment-month';

/** One officer's scorecard for a month, as the chief or the district officer opens it from the ranking. */
export function ScorecardPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const params = useParams();
  const month = monthFromQuery(params.month ?? null);
  const card = useScorecard(month, params.personId ?? '');
  if (card.error) return <RecordLoadError error={card.error} onRetry={() => card.refetch()} />;
  if (!card.data) return <FullPageSpin />;
  const { officer } = card.data;
  return (
    <>
      <PageHeader
        title={officer.name}
        sub={`${officer.districtName} · ${officer.villageName} · ${t('assessment.month')} ${t('assessment.monthValue', { y: month.slice(0, 4), m: Number(month.slice(5, 7)) })}`}
        extra={
          <Button onClick={() => navigate(`/assessments?month=${month}`)} data-testid="scorecard-back">
            {t('common.back')}
          </Button>
        }
      />
      <ScorecardPanel card={card.data} />
    </>
  );
}
