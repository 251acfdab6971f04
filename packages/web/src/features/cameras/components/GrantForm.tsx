import { type AddCameraGrant, ROLE_LABELS, ROLE_PERMISSIONS, ROLES, type Role, type User } from '@fengqiao/domain';
import { Button, Flex, Radio, Select } from 'antd';
import { useState } from 'react';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { useDebounced } from '../../people/hooks/use-debounced';
import { useUsers } from '../../users/hooks/use-users';

/** Only roles that may open a live view at all are worth a grant. */
const VIEWER_ROLES: readonly Role[] = ROLES.filter((role) => ROLE_PERMISSIONS[role]['video.view'] !== undefined);

function AccountSelect({ value, onChange }: { value: string | undefined; onChange: (id: string) => void }) {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const users = useUsers(q);
  const options = (users.data?.pages[0]?.items ?? []).map((user: User) => ({
    value: user.id,
    label: `${user.displayName}（${user.username}）`,
  }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={users.isFetching}
      placeholder={t('cameras.grant.accountPick')}
      style={{ minWidth: 220 }}
      data-testid="grant-account"
    />
  );
}

/**
 * 授权查看: to a role (everyone holding it over the camera's village) or to one account. Accounts are listed from
 * the account register, so only a caller who may read accounts picks one; the others grant to roles.
 */
export function GrantForm({ pending, onGrant }: { pending: boolean; onGrant: (grant: AddCameraGrant) => void }) {
  const { t, label } = useT();
  const canPickAccount = usePermission('user.read');
  const [target, setTarget] = useState<'role' | 'account'>('role');
  const [role, setRole] = useState<Role | undefined>();
  const [accountId, setAccountId] = useState<string | undefined>();
  const grant = () => {
    if (target === 'role' && role) onGrant({ role });
    if (target === 'account' && accountId) onGrant({ accountId });
  };
  return (
    <Flex wrap gap={8} align="center">
      {canPickAccount ? (
        <Radio.Group
          optionType="button"
          value={target}
          onChange={(event) => setTarget(event.target.value as 'role' | 'account')}
          options={[
            { value: 'role', label: t('cameras.grant.toRole') },
            { value: 'account', label: t('cameras.grant.toAccount') },
          ]}
        />
      ) : null}
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
        <AccountSelect value={accountId} onChange={setAccountId} />
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
