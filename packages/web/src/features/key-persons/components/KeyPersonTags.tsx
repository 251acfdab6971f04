import {
  KEY_PERSON_CATEGORY_LABELS,
  KEY_PERSON_LEVEL_LABELS,
  type KeyPerson,
  VISIT_STATUS_LABELS,
} from '@fengqiao/domain';
import { Tag } from 'antd';
import { useT } from '../../../app/i18n/use-t';

const LEVEL_COLORS = { high: 'red', medium: 'orange', low: 'blue' } as const;
const VISIT_COLORS = { on_schedule: 'green', due_soon: 'gold', overdue: 'red' } as const;

export function CategoryTag({ record }: { record: Pick<KeyPerson, 'category' | 'group'> }) {
  const { label } = useT();
  return (
    <Tag color={record.group === 'police' ? 'volcano' : 'geekblue'}>
      {label(KEY_PERSON_CATEGORY_LABELS[record.category])}
    </Tag>
  );
}

export function LevelTag({ level }: { level: KeyPerson['level'] }) {
  const { label } = useT();
  return <Tag color={LEVEL_COLORS[level]}>{label(KEY_PERSON_LEVEL_LABELS[level])}</Tag>;
}

/** The visit state with the days overdue, so an overdue person stands out in a list at a glance. */
export function VisitTag({ record }: { record: Pick<KeyPerson, 'visitStatus' | 'daysOverdue'> }) {
  const { t, label } = useT();
  if (!record.visitStatus) return null;
  return (
    <Tag color={VISIT_COLORS[record.visitStatus]} data-testid={`visit-${record.visitStatus}`}>
      {record.visitStatus === 'overdue'
        ? t('keyPersons.daysOverdue', { days: record.daysOverdue })
        : label(VISIT_STATUS_LABELS[record.visitStatus])}
    </Tag>
  );
}
