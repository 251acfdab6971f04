import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useDebounced } from '../hooks/use-debounced';
import { usePeopleSearch } from '../hooks/use-people';

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  kind?: 'staff' | 'resident';
}

/** Picks a person by typing part of a name (or pinyin initials, which the server also matches). */
export function PersonSelect({ value, onChange, kind }: Props) {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const people = usePeopleSearch(q, kind);
  const options = (people.data?.items ?? []).map((person) => ({
    value: person.id,
    label: [person.name, person.title, person.organizationName ?? person.jurisdictionName].filter(Boolean).join(' · '),
  }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={people.isFetching}
      placeholder={t('people.searchPlaceholder')}
      notFoundContent={q ? t('common.noMatch') : t('people.typeToSearch')}
      data-testid="person-select"
    />
  );
}
