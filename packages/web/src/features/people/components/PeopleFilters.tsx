import { Flex, Input, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import type { PeopleFilter } from '../hooks/use-people';

type KindChoice = 'all' | 'resident' | 'staff';

interface Props {
  filter: PeopleFilter;
  onChange: (next: PeopleFilter) => void;
  showJurisdiction: boolean;
  autoFocusSearch: boolean;
}

export function PeopleFilters({ filter, onChange, showJurisdiction, autoFocusSearch }: Props) {
  const { t } = useT();
  const isMobile = useIsMobile();
  const [text, setText] = useState(filter.q ?? '');
  // Back/forward changes the URL under us; keep the box in step with it.
  useEffect(() => setText(filter.q ?? ''), [filter.q]);

  const set = (patch: Partial<PeopleFilter>) => {
    const next: PeopleFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as Array<keyof PeopleFilter>) if (!next[key]) delete next[key];
    onChange(next);
  };

  return (
    <Flex vertical={isMobile} gap={12} wrap style={{ marginBottom: 16 }}>
      <span data-testid="people-search" style={isMobile ? undefined : { flex: '1 1 260px', maxWidth: 360 }}>
        <Input.Search
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => set({ q: value.trim() })}
          placeholder={t('people.searchPlaceholder')}
          allowClear
          enterButton={t('common.search')}
          size="large"
          autoFocus={autoFocusSearch}
          maxLength={40}
        />
      </span>
      {showJurisdiction ? (
        <span style={isMobile ? undefined : { flex: '1 1 220px', maxWidth: 280 }}>
          <JurisdictionPicker
            value={filter.jurisdictionId ?? null}
            onChange={(jurisdictionId) => set({ jurisdictionId })}
            allowClear
            placeholder={t('people.allPlaces')}
            testId="people-jurisdiction"
          />
        </span>
      ) : null}
      <span data-testid="people-kind">
        <Segmented<KindChoice>
          block={isMobile}
          value={filter.kind ?? 'all'}
          onChange={(kind) => set({ kind: kind === 'all' ? undefined : kind })}
          options={[
            { value: 'all', label: t('people.kindAll') },
            { value: 'resident', label: t('people.kindResident') },
            { value: 'staff', label: t('people.kindStaff') },
          ]}
        />
      </span>
    </Flex>
  );
}
