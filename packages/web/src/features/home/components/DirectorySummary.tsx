import { TeamOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatCard } from '../../../ui/StatCard';
import { useJurisdictions } from '../../jurisdictions/hooks/use-jurisdictions';
import { countLevels, sumOverVillages } from '../../jurisdictions/lib/jurisdiction-tree';

/** Summary cards for directory readers; counts come from the jurisdiction list the user may see. */
export function DirectorySummary({ canReadPeople }: { canReadPeople: boolean }) {
  const { t } = useT();
  const navigate = useNavigate();
  const jurisdictions = useJurisdictions();
  if (jurisdictions.isError) return <ErrorAlert error={jurisdictions.error} />;
  const items = jurisdictions.data ?? [];
  const counts = countLevels(items);
  const loading = jurisdictions.isPending;
  const show = (n: number) => (loading ? '…' : n);
  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <StatCard
          label={t('jurisdiction.villagesAndCommunities')}
          value={show(counts.village + counts.community)}
          hint={loading ? null : t('home.villagesHint', { v: counts.village, c: counts.community })}
          testId="home-village-count"
          onClick={() => navigate('/jurisdictions')}
        />
        <StatCard
          label={t('jurisdiction.districts')}
          value={show(counts.district)}
          testId="home-district-count"
          onClick={() => navigate('/jurisdictions?tab=districts')}
        />
        <StatCard label={t('jurisdiction.population')} value={show(sumOverVillages(items, 'population'))} />
      </div>
      {canReadPeople ? (
        <Button
          type="link"
          icon={<TeamOutlined />}
          onClick={() => navigate('/people')}
          data-testid="home-people"
          style={{ marginTop: 12, paddingInline: 0 }}
        >
          {t('home.peopleRegister')} →
        </Button>
      ) : null}
    </>
  );
}
