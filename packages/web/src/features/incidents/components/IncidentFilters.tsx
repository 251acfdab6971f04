import { INCIDENT_STATE_LABELS, INCIDENT_STATES } from '@fengqiao/domain';
import { Checkbox, Flex, Input, Segmented, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useIncidentClasses } from '../hooks/use-incident-classes';
import { type IncidentFilter, patchIncidentFilter } from '../lib/incident-filter';
import { classOptions } from '../lib/incident-form';

const SELECT_STYLE = { minWidth: 150 } as const;

/** Class, state, village, late, dispute flag and open/all: the desk's questions of the day. */
export function IncidentFilters({
  filter,
  onChange,
}: {
  filter: IncidentFilter;
  onChange: (next: IncidentFilter) => void;
}) {
  const { t, label } = useT();
  const classes = useIncidentClasses();
  const [text, setText] = useState(filter.q ?? '');
  // Back/forward changes the URL under us; keep the box in step with it.
  useEffect(() => setText(filter.q ?? ''), [filter.q]);
  const set = (patch: Partial<IncidentFilter>) => onChange(patchIncidentFilter(filter, patch));

  return (
    <Flex gap={10} wrap align="center" style={{ marginBottom: 16 }}>
      <Segmented
        value={filter.all ? 'all' : 'open'}
        onChange={(value) => set({ all: value === 'all' })}
        options={[
          { value: 'open', label: t('incidents.scopeOpen') },
          { value: 'all', label: t('incidents.scopeAll') },
        ]}
        data-testid="incident-filter-scope"
      />
      <span style={{ flex: '1 1 220px', maxWidth: 300 }}>
        <Input.Search
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => set({ q: value.trim() })}
          placeholder={t('incidents.searchPlaceholder')}
          allowClear
          maxLength={40}
        />
      </span>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={SELECT_STYLE}
        placeholder={t('incidents.class')}
        value={filter.classCode}
        loading={classes.isPending}
        onChange={(classCode) => set({ classCode })}
        options={classOptions(classes.data?.items ?? [])}
        data-testid="incident-filter-class"
      />
      <Select
        allowClear
        style={SELECT_STYLE}
        placeholder={t('incidents.state')}
        value={filter.state}
        onChange={(state) => set({ state })}
        options={INCIDENT_STATES.map((state) => ({ value: state, label: label(INCIDENT_STATE_LABELS[state]) }))}
        data-testid="incident-filter-state"
      />
      <span style={{ minWidth: 180 }}>
        <JurisdictionPicker
          value={filter.villageId ?? null}
          onChange={(villageId) => set({ villageId })}
          levels={['village', 'community']}
          allowClear
          placeholder={t('incidents.allVillages')}
        />
      </span>
      <Checkbox checked={filter.late === true} onChange={(event) => set({ late: event.target.checked })}>
        {t('incidents.onlyLate')}
      </Checkbox>
      <Checkbox checked={filter.dispute === true} onChange={(event) => set({ dispute: event.target.checked })}>
        {t('incidents.onlyDisputes')}
      </Checkbox>
    </Flex>
  );
}
