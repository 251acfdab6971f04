import {
  KEY_PERSON_CATEGORY_LABELS,
  KEY_PERSON_GROUP_LABELS,
  KEY_PERSON_GROUPS,
  KEY_PERSON_LEVEL_LABELS,
  KEY_PERSON_LEVELS,
  keyPersonCategoriesOf,
} from '@fengqiao/domain';
import { Checkbox, Flex, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import type { KeyPersonFilter } from '../lib/key-person-filter';

/** Filters of the list; the categories offered follow the chosen group. */
export function KeyPersonFilters({
  filter,
  onChange,
}: {
  filter: KeyPersonFilter;
  onChange: (next: KeyPersonFilter) => void;
}) {
  const { t, label } = useT();
  const categories = (filter.group ? [filter.group] : KEY_PERSON_GROUPS).flatMap((group) =>
    keyPersonCategoriesOf(group),
  );
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <Select
        allowClear
        style={{ minWidth: 140 }}
        placeholder={t('keyPersons.allGroups')}
        value={filter.group ?? null}
        onChange={(group) => onChange({ ...filter, group: group ?? undefined, category: undefined })}
        options={KEY_PERSON_GROUPS.map((group) => ({ value: group, label: label(KEY_PERSON_GROUP_LABELS[group]) }))}
        data-testid="kp-filter-group"
      />
      <Select
        allowClear
        style={{ minWidth: 180 }}
        placeholder={t('keyPersons.allCategories')}
        value={filter.category ?? null}
        onChange={(category) => onChange({ ...filter, category: category ?? undefined })}
        options={categories.map((category) => ({
          value: category,
          label: label(KEY_PERSON_CATEGORY_LABELS[category]),
        }))}
        data-testid="kp-filter-category"
      />
      <Select
        allowClear
        style={{ minWidth: 150 }}
        placeholder={t('keyPersons.allLevels')}
        value={filter.level ?? null}
        onChange={(level) => onChange({ ...filter, level: level ?? undefined })}
        options={KEY_PERSON_LEVELS.map((level) => ({ value: level, label: label(KEY_PERSON_LEVEL_LABELS[level]) }))}
      />
      <div style={{ minWidth: 180 }}>
        <JurisdictionPicker
          value={filter.villageId ?? null}
          onChange={(villageId) => onChange({ ...filter, villageId })}
          allowClear
          levels={['village', 'community']}
          placeholder={t('keyPersons.allVillages')}
          testId="kp-filter-village"
        />
      </div>
      <Checkbox
        checked={filter.overdue === 'true'}
        onChange={(event) => onChange({ ...filter, overdue: event.target.checked ? 'true' : undefined })}
        data-testid="kp-filter-overdue"
      >
        {t('keyPersons.overdueOnly')}
      </Checkbox>
      <Checkbox
        checked={filter.mine === 'true'}
        onChange={(event) => onChange({ ...filter, mine: event.target.checked ? 'true' : undefined })}
      >
        {t('keyPersons.mineOnly')}
      </Checkbox>
      <Checkbox
        checked={filter.status === 'removed'}
        onChange={(event) => onChange({ ...filter, status: event.target.checked ? 'removed' : undefined })}
      >
        {t('keyPersons.removedToo')}
      </Checkbox>
    </Flex>
  );
}
