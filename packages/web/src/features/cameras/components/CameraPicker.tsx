import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useDebounced } from '../../people/hooks/use-debounced';
import { useCameras } from '../hooks/use-cameras';

interface Props {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Cameras already chosen elsewhere (the group's members) are not offered again. */
  exclude?: ReadonlySet<string>;
}

/** Picks several cameras by typing part of a name, device id or address (the registry's own search). */
export function CameraPicker({ value, onChange, exclude }: Props) {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const cameras = useCameras(q ? { q } : {}, 20);
  // The chosen cameras keep their names when a new search no longer lists them.
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const found = (cameras.data?.pages[0]?.items ?? [])
    .filter((camera) => !exclude?.has(camera.id))
    .map((camera) => ({ value: camera.id, label: `${camera.name} · ${camera.villageName} · ${camera.deviceId}` }));
  const options = [
    ...(value ?? [])
      .filter((id) => !found.some((option) => option.value === id))
      .map((id) => ({
        value: id,
        label: chosen.get(id) ?? id,
      })),
    ...found,
  ];
  const change = (ids: string[]) => {
    const labels = new Map(chosen);
    for (const option of found) if (ids.includes(option.value)) labels.set(option.value, option.label);
    setChosen(labels);
    onChange?.(ids);
  };
  return (
    <Select
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={change}
      options={options}
      loading={cameras.isFetching}
      placeholder={t('cameras.filter.search')}
      notFoundContent={t('common.noMatch')}
      style={{ width: '100%', minWidth: 240 }}
      data-testid="camera-picker"
    />
  );
}
