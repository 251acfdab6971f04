import { Typography } from 'antd';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import type { LevelCounts } from '../lib/jurisdiction-tree';

const PARTS: ReadonlyArray<[keyof LevelCounts, MessageKey]> = [
  ['town', 'jurisdiction.countTowns'],
  ['district', 'jurisdiction.countDistricts'],
  ['village', 'jurisdiction.countVillages'],
  ['community', 'jurisdiction.countCommunities'],
  ['group', 'jurisdiction.countGroups'],
];

/** "12 个片区 · 39 个村 · 2 个社区" for what lies under a row; empty levels are left out. */
export function ChildCounts({ counts }: { counts: LevelCounts }) {
  const { t } = useT();
  const parts = PARTS.filter(([level]) => counts[level] > 0).map(([level, key]) => t(key, { n: counts[level] }));
  return <Typography.Text type="secondary">{parts.join(' · ')}</Typography.Text>;
}
