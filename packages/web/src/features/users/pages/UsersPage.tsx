import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@fengqiao/domain';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { CreateUserModal } from '../components/CreateUserModal';
import { EditUserModal } from '../components/EditUserModal';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { RolesModal } from '../components/RolesModal';
import type { UserDialog } from '../components/UserActions';
import { UserCards } from '../components/UserCards';
import { UserTable } from '../components/UserTable';
import { useUsers } from '../hooks/use-users';

type Open = { dialog: 'create' } | { dialog: UserDialog; user: User } | null;

export function UsersPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const canCreate = usePermission('user.manage');
  const users = useUsers(q);
  const [open, setOpen] = useState<Open>(null);
  const items = pagedItems(users);
  const onOpen = (user: User, dialog: UserDialog) => setOpen({ dialog, user });
  const close = () => setOpen(null);

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        extra={
          canCreate ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ dialog: 'create' })}
              data-testid="user-create"
            >
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <Input.Search
        defaultValue={q}
        key={q}
        allowClear
        enterButton={t('common.search')}
        placeholder={t('users.searchPlaceholder')}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
        style={{ maxWidth: 420, marginBottom: 16 }}
        data-testid="users-search"
      />
      {users.isError ? <ErrorAlert error={users.error} /> : null}
      {isMobile ? (
        <UserCards users={items} onOpen={onOpen} />
      ) : (
        <UserTable users={items} loading={isListLoading(users)} onOpen={onOpen} />
      )}
      <LoadMoreButton query={users} shown={items.length} />
      {open?.dialog === 'create' ? <CreateUserModal onClose={close} /> : null}
      {open?.dialog === 'update' ? <EditUserModal user={open.user} onClose={close} /> : null}
      {open?.dialog === 'reset_password' ? <ResetPasswordModal user={open.user} onClose={close} /> : null}
      {open?.dialog === 'set_roles' ? <RolesModal user={open.user} onClose={close} /> : null}
    </>
  );
}
