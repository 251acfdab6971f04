import { FilterOutlined } from '@ant-design/icons';
import {
  DEFAULT_DISPUTE_CATEGORIES,
  DISPUTE_STATE_LABELS,
  DISPUTE_STATES,
  DISPUTE_TIER_LABELS,
  DISPUTE_TIERS,
  RISK_GRADE_LABELS,
  RISK_GRADES,
} from '@fengqiao/domain';
import { Button, Checkbox, Flex, Input, InputNumber, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useOrganizations } from '../../jurisdictions/hooks/use-directory-data';
import { type DisputeFilter, patchDisputeFilter } from '../lib/dispute-filter';

interface Props {
  filter: DisputeFilter;
  onChange: (next: DisputeFilter) => void;
  /** Place and department pickers only for those who see more than one village. */
  wide: boolean;
}

const SELECT_STYLE = { minWidth: 140 } as const;

export function DisputeFilters({ filter, onChange, wide }: Props) {
  const { t, label } = useT();
  const isMobile = useIsMobile();
  const departments = useOrganizations('department');
  const [text, setText] = useState(filter.q ?? '');
  // On a phone the search box is enough most of the time; the other filters fold away so the cards come first.
  const [expanded, setExpanded] = useState(false);
  const showAll = !isMobile || expanded;
  // Back/forward changes the URL under us; keep the box in step with it.
  useEffect(() => setText(filter.q ?? ''), [filter.q]);
  const set = (patch: Partial<DisputeFilter>) => onChange(patchDisputeFilter(filter, patch));

  return (
    <Flex vertical={isMobile} gap={10} wrap style={{ marginBottom: 16 }}>
      <span data-testid="dispute-search" style={isMobile ? undefined : { flex: '1 1 260px', maxWidth: 340 }}>
        <Input.Search
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => set({ q: value.trim() })}
          placeholder={t('disputes.searchPlaceholder')}
          allowClear
          enterButton={t('common.search')}
          maxLength={40}
        />
      </span>
      {isMobile ? (
        <Button
          icon={<FilterOutlined />}
          onClick={() => setExpanded((open) => !open)}
          data-testid="dispute-filters-toggle"
        >
          {expanded ? t('disputes.hideFilters') : t('disputes.moreFilters')}
        </Button>
      ) : null}
      {showAll ? (
        <>
          <Select
            style={SELECT_STYLE}
            value={filter.order ?? 'urgency'}
            onChange={(order) => set({ order: order === 'newest' ? 'newest' : undefined })}
            options={[
              { value: 'urgency', label: t('board.orderUrgent') },
              { value: 'newest', label: t('board.orderNewest') },
            ]}
            data-testid="filter-order"
          />
          <Select
            allowClear
            style={SELECT_STYLE}
            placeholder={t('disputes.tier')}
            value={filter.tier}
            onChange={(tier) => set({ tier })}
            options={DISPUTE_TIERS.map((tier) => ({ value: tier, label: label(DISPUTE_TIER_LABELS[tier]) }))}
            data-testid="filter-tier"
          />
          <Select
            allowClear
            style={SELECT_STYLE}
            placeholder={t('disputes.state')}
            value={filter.state}
            onChange={(state) => set({ state })}
            options={DISPUTE_STATES.map((state) => ({ value: state, label: label(DISPUTE_STATE_LABELS[state]) }))}
          />
          <Select
            allowClear
            style={SELECT_STYLE}
            placeholder={t('disputes.risk')}
            value={filter.risk}
            onChange={(risk) => set({ risk })}
            options={RISK_GRADES.map((grade) => ({ value: grade, label: label(RISK_GRADE_LABELS[grade]) }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={SELECT_STYLE}
            placeholder={t('disputes.category')}
            value={filter.category}
            onChange={(category) => set({ category })}
            options={DEFAULT_DISPUTE_CATEGORIES.map((category) => ({ value: category.code, label: label(category) }))}
          />
          {wide ? (
            <>
              <span style={isMobile ? undefined : { minWidth: 180 }}>
                <JurisdictionPicker
                  value={filter.villageId ?? null}
                  onChange={(villageId) => set({ villageId })}
                  levels={['village', 'community']}
                  allowClear
                  placeholder={t('disputes.allVillages')}
                />
              </span>
              <Select
                allowClear
                style={{ minWidth: 160 }}
                placeholder={t('disputes.department')}
                value={filter.departmentId}
                loading={departments.isPending}
                onChange={(departmentId) => set({ departmentId })}
                options={(departments.data ?? []).map((org) => ({ value: org.id, label: org.name }))}
              />
            </>
          ) : null}
          <InputNumber
            min={1}
            max={100}
            style={{ width: 170 }}
            placeholder={t('disputes.grievanceOlderThan')}
            value={filter.grievanceOlderThanYears ?? null}
            onChange={(years) => set({ grievanceOlderThanYears: years ?? undefined })}
          />
          <Checkbox checked={filter.overdue === true} onChange={(event) => set({ overdue: event.target.checked })}>
            {t('disputes.onlyOverdue')}
          </Checkbox>
          <Checkbox checked={filter.open === true} onChange={(event) => set({ open: event.target.checked })}>
            {t('disputes.onlyOpen')}
          </Checkbox>
        </>
      ) : null}
    </Flex>
  );
}
