import type { Jurisdiction } from '@fengqiao/domain';
import { Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { StatCard } from '../../../ui/StatCard';
import { countLevels, sumOverVillages } from '../lib/jurisdiction-tree';

/** "共 39 个村、2 个社区、12 个片区": the figures a town's staff quote most, in one glance. */
export function JurisdictionSummary({ items }: { items: readonly Jurisdiction[] }) {
  const { t } = useT();
  const counts = countLevels(items);
  const population = sumOverVillages(items, 'population');
  const households = sumOverVillages(items, 'households');
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <Typography.Text strong data-testid="jurisdiction-summary" style={{ fontSize: 16 }}>
        {t('jurisdiction.summaryLine', { v: counts.village, c: counts.community, d: counts.district })}
      </Typography.Text>
      <Flex wrap gap={12}>
        <StatCard
          label={t('jurisdiction.villagesAndCommunities')}
          value={counts.village + counts.community}
          testId="village-count"
        />
        <StatCard label={t('jurisdiction.districts')} value={counts.district} testId="district-count" />
        {counts.town > 0 ? <StatCard label={t('jurisdiction.towns')} value={counts.town} testId="town-count" /> : null}
        {population > 0 ? <StatCard label={t('jurisdiction.population')} value={population} /> : null}
        {households > 0 ? <StatCard label={t('jurisdiction.households')} value={households} /> : null}
      </Flex>
    </Flex>
  );
}
