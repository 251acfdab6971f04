import type { Page } from '@fengqiao/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { apiGet } from '../../../api/client';
import { useT } from '../../../app/i18n/use-t';

interface RecordRow {
  id: string;
  number: string;
  summary: string;
}

/**
 * Picks disputes or incidents by number (or words of the summary) through their own list, so only records the
 * caller may read are offered; the value is their ids.
 */
export function RecordSearchSelect({
  path,
  value,
  onChange,
  testId,
}: {
  path: '/disputes' | '/incidents';
  value?: string[];
  onChange?: (ids: string[]) => void;
  testId: string;
}) {
  const { t } = useT();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['tasks', 'link-search', path, q],
    queryFn: ({ signal }) => apiGet<Page<RecordRow>>(path, { q: q || undefined, limit: 10 }, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  // Chosen records stay labelled after the search moves on.
  const [known, setKnown] = useState(new Map<string, string>());
  const rows = found.data?.items ?? [];
  const labels = new Map(known);
  for (const row of rows) labels.set(row.id, `${row.number} ${row.summary.slice(0, 24)}`);
  return (
    <Select
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim().slice(0, 40)) }}
      value={value ?? []}
      onChange={(ids: string[]) => {
        setKnown(new Map(ids.map((id) => [id, labels.get(id) ?? id])));
        onChange?.(ids);
      }}
      loading={found.isFetching}
      placeholder={t('tasks.linkSearch')}
      options={[...new Set([...(value ?? []), ...rows.map((row) => row.id)])].map((id) => ({
        value: id,
        label: labels.get(id) ?? id,
      }))}
      data-testid={testId}
    />
  );
}
