import type { Camera, Page, VideoPatrolPlanCamera } from '@fengqiao/domain';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { apiGet } from '../../../api/client';
import { useT } from '../../../app/i18n/use-t';

/**
 * Cameras of the registry, searched by name, device id or address as the desk types; the plan's own cameras keep
 * their names while not among the search results.
 */
export function CameraPicker({
  value,
  onChange,
  known,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  known: readonly VideoPatrolPlanCamera[];
}) {
  const { t } = useT();
  const [q, setQ] = useState('');
  const cameras = useQuery({
    queryKey: ['cameras', 'picker', q],
    queryFn: ({ signal }) => apiGet<Page<Camera>>('/cameras', { q: q || undefined, limit: 50 }, { signal }),
  });
  const options = new Map<string, string>(
    known.map((camera) => [camera.id, `${camera.name}（${camera.villageName}）`]),
  );
  for (const camera of cameras.data?.items ?? []) options.set(camera.id, `${camera.name}（${camera.villageName}）`);
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={cameras.isFetching}
      placeholder={t('videoPatrols.plan.camerasPlaceholder')}
      options={[...options].map(([id, label]) => ({ value: id, label }))}
      data-testid="plan-cameras"
    />
  );
}
