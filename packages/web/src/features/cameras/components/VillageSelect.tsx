import type { Permission } from '@fengqiao/domain';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { useT } from '../../../app/i18n/use-t';
import { useJurisdictions } from '../../jurisdictions/hooks/use-jurisdictions';
import { villagesInScope } from '../lib/village-scope';

interface Props {
  /** Only the villages this permission of the caller reaches are offered. */
  permission: Permission;
  value?: string | null | undefined;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  testId?: string;
}

/** A village or community of the caller's reach, searchable by name. */
export function VillageSelect({ permission, value, onChange, allowClear, placeholder, testId }: Props) {
  const { t } = useT();
  const me = useCurrentUser();
  const jurisdictions = useJurisdictions();
  const options = useMemo(
    () =>
      villagesInScope(jurisdictions.data ?? [], me.roles, permission).map((village) => ({
        value: village.id,
        label: village.name,
      })),
    [jurisdictions.data, me.roles, permission],
  );
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next)}
      options={options}
      loading={jurisdictions.isPending}
      allowClear={allowClear}
      placeholder={placeholder ?? t('cameras.filter.village')}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
