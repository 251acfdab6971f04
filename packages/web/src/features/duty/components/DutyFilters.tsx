import { DUTY_TYPE_LABELS, DUTY_TYPES } from '@fengqiao/domain';
import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useDutyOfficers } from '../hooks/use-duty-logs';
import { type DutyFilter, patchDutyFilter } from '../lib/duty-filter';

interface Props {
  filter: DutyFilter;
  onChange: (next: DutyFilter) => void;
  /** Village and officer pickers only for those who read more than one village. */
  wide: boolean;
}

const SELECT_STYLE = { minWidth: 160 } as const;

/** The list per village, officer and day, and by duty type. */
export function DutyFilters({ filter, onChange, wide }: Props) {
  const { t, label } = useT();
  const isMobile = useIsMobile();
  const officers = useDutyOfficers(wide);
  const set = (patch: Partial<DutyFilter>) => onChange(patchDutyFilter(filter, patch));
  return (
    <Flex vertical={isMobile} gap={10} wrap style={{ marginBottom: 16 }}>
      <DatePicker
        value={filter.day ? dayjs(filter.day) : null}
        onChange={(day) => set({ day: day ? day.format('YYYY-MM-DD') : undefined })}
        placeholder={t('duty.pickDay')}
        inputReadOnly
        style={isMobile ? { width: '100%' } : SELECT_STYLE}
        data-testid="duty-filter-day"
      />
      <Select
        allowClear
        style={SELECT_STYLE}
        placeholder={t('duty.allTypes')}
        value={filter.type}
        onChange={(type) => set({ type })}
        options={DUTY_TYPES.map((type) => ({ value: type, label: label(DUTY_TYPE_LABELS[type]) }))}
      />
      {wide ? (
        <>
          <span style={isMobile ? undefined : { minWidth: 180 }}>
            <JurisdictionPicker
              value={filter.villageId ?? null}
              onChange={(villageId) => set({ villageId })}
              levels={['village', 'community']}
              allowClear
              placeholder={t('duty.allVillages')}
            />
          </span>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={SELECT_STYLE}
            placeholder={t('duty.allOfficers')}
            value={filter.officerId}
            loading={officers.isPending}
            onChange={(officerId) => set({ officerId })}
            options={(officers.data ?? []).map((o) => ({ value: o.userId, label: `${o.name}（${o.villageName}）` }))}
            data-testid="duty-filter-officer"
          />
        </>
      ) : null}
    </Flex>
  );
}
