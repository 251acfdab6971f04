import { type AddCameraGrant, ROLE_LABELS, ROLE_PERMISSIONS, ROLES, type Role } from '@fengqiao/domain';
import { Button, Flex, Radio, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useDebounced } from '../../people/hooks/use-debounced';
import { useGrantAccounts } from '../hooks/use-cameras';

/** Only roles that may open a live view at all are worth a grant. */
const VIEWER_ROLES: readonly Role[] = ROLES.filter((role) => ROLE_PERMISSIONS[role]['video.view'] !== undefined);

function AccountSelect({
  groupId,
  value,
  onChange,
}: {
  groupId: string;
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t, label } = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const accounts = useGrantAccounts(groupId, q);
  const options = (accounts.data?.items ?? []).map((account) => ({
    value: account.id,
    label: `${account.name}（${account.roles.map((role) => label(ROLE_LABELS[role], role)).join('、')}）`,
  }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={accounts.isFetching}
      placeholder={t('cameras.grant.accountPick')}
      style={{ minWidth: 220 }}
      data-testid="grant-account"
    />
  );
}

/**
 * 授权查看: to a role (everyone holding it over the camera's village) or to one account of the group's town, found
 * by name through the grant's own lookup (names masked), so camera.grant alone is enough.
 */
export function GrantForm({
  groupId,
  pending,
  onGrant,
}: {
  groupId: string;
  pending: boolean;
  onGrant: (grant: AddCameraGrant) => void;
}) {
  const { t, label } = useT();
  const [target, setTarget] = useState<'role' | 'account'>('role');
  const [role, setRole] = useState<Role | undefined>();
  const [accountId, setAccountId] = useState<string | undefined>();
  const grant = () => {
    if (target === 'role' && role) onGrant({ role });
    if (target === 'account' && accountId) onGrant({ accountId });
  };
  return (
    <Flex wrap gap={8} align="center">
      <Radio.Group
        optionType="button"
        value={target}
        onChange={(event) => setTarget(event.target.value as 'role' | 'account')}
        options={[
          { value: 'role', label: t('cameras.grant.toRole') },
          { value: 'account', label: t('cameras.grant.toAccount') },
        ]}
      />
      {target === 'role' ? (
        <Select
          value={role}
          onChange={setRole}
          options={VIEWER_ROLES.map((value) => ({ value, label: label(ROLE_LABELS[value], value) }))}
          placeholder={t('cameras.grant.rolePick')}
          style={{ minWidth: 180 }}
          data-testid="grant-role"
        />
      ) : (
        <AccountSelect groupId={groupId} value={accountId} onChange={setAccountId} />
      )}
      <Button
        type="primary"
        style={{ minHeight: 44 }}
        loading={pending}
        disabled={target === 'role' ? !role : !accountId}
        onClick={grant}
        data-testid="grant-add"
      >
        {t('cameras.grant.add')}
      </Button>
    </Flex>
  );
}
