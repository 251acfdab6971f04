import { Checkbox, Flex } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { patchTaskFilter, type TaskFilter } from '../lib/task-filter';

const FLAGS = [
  ['mine', 'tasks.mine'],
  ['open', 'tasks.onlyOpen'],
  ['overdue', 'tasks.onlyOverdue'],
  ['dueSoon', 'tasks.onlyDueSoon'],
] as const;

/** Mine, open, overdue, due soon and the village; `wide` adds the village picker for those who see several. */
export function TaskFilters({
  filter,
  onChange,
  wide,
}: {
  filter: TaskFilter;
  onChange: (next: TaskFilter) => void;
  wide: boolean;
}) {
  const { t } = useT();
  const isMobile = useIsMobile();
  const set = (patch: Partial<TaskFilter>) => onChange(patchTaskFilter(filter, patch));
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      {FLAGS.map(([key, text]) => (
        <Checkbox
          key={key}
          checked={filter[key] === true}
          onChange={(event) => set({ [key]: event.target.checked })}
          data-testid={`task-filter-${key}`}
          // On the phone the whole label is the tap target, so it is made a finger high.
          style={isMobile ? { minHeight: 44, alignItems: 'center' } : undefined}
        >
          {t(text)}
        </Checkbox>
      ))}
      {wide ? (
        <span style={isMobile ? { width: '100%' } : { minWidth: 200 }}>
          <JurisdictionPicker
            value={filter.villageId ?? null}
            onChange={(villageId) => set({ villageId })}
            levels={['village', 'community']}
            allowClear
            placeholder={t('tasks.allVillages')}
          />
        </span>
      ) : null}
    </Flex>
  );
}
