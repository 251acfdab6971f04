import type { User } from '@fengqiao/domain';
import { Table } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { RoleTags } from '../../../ui/RoleTags';
import { rowTestId } from '../../../ui/row-test-id';
import { UserActions, type UserDialog } from './UserActions';
import { UserStatusTags } from './UserStatusTags';

const rowProps = rowTestId((user: User) => `user-row-${user.username}`);

interface Props {
  users: User[];
  loading: boolean;
  onOpen: (user: User, dialog: UserDialog) => void;
}

export function UserTable({ users, loading, onOpen }: Props) {
  const { t, dateTime } = useT();
  return (
    <Table<User>
      rowKey="id"
      loading={loading}
      dataSource={users}
      pagination={false}
      onRow={rowProps}
      scroll={{ x: 1100 }}
      columns={[
        { title: t('users.username'), dataIndex: 'username', key: 'username', width: 140 },
        { title: t('users.displayName'), dataIndex: 'displayName', key: 'displayName', width: 120 },
        { title: t('users.roles'), key: 'roles', render: (_v, user) => <RoleTags roles={user.roles} /> },
        { title: t('users.status'), key: 'status', width: 190, render: (_v, user) => <UserStatusTags user={user} /> },
        {
          title: t('users.lastLogin'),
          dataIndex: 'lastLoginAt',
          key: 'lastLoginAt',
          width: 170,
          render: (at: string | null) => (at ? dateTime(at) : t('users.neverLoggedIn')),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 300,
          fixed: 'right',
          render: (_v, user) => <UserActions user={user} onOpen={(dialog) => onOpen(user, dialog)} />,
        },
      ]}
    />
  );
}
