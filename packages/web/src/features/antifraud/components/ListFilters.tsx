import { DatePicker, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import type { AntifraudListFilter } from '../lib/antifraud-filter';

/** The type and the range of days of a list; a village from a dashboard link shows as a tag that can be removed. */
export function ListFilters({
  filter,
  onChange,
  types,
  allTypesLabel,
}: {
  filter: AntifraudListFilter;
  onChange: (next: AntifraudListFilter) => void;
  types: readonly { value: string; label: string }[];
  allTypesLabel: string;
}) {
  const { t } = useT();
  return (
    <Space wrap>
      <Select
        allowClear
        placeholder={allTypesLabel}
        value={filter.type}
        onChange={(type: string | undefined) => onChange({ ...filter, type })}
        options={[...types]}
        style={{ minWidth: 160 }}
      />
      <DatePicker.RangePicker
        value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
        onChange={(range) =>
          onChange({
            ...filter,
            from: range?.[0]?.format('YYYY-MM-DD'),
            to: range?.[1]?.format('YYYY-MM-DD'),
          })
        }
        inputReadOnly
      />
      {filter.villageId ? (
        <Tag closable onClose={() => onChange({ ...filter, villageId: undefined })}>
          {t('antifraud.oneVillage')}
        </Tag>
      ) : null}
    </Space>
  );
}
