import type { User } from '@fengqiao/domain';
import { Card, Flex, Typography } from 'antd';
import { RoleTags } from '../../../ui/RoleTags';
import { UserActions, type UserDialog } from './UserActions';
import { UserStatusTags } from './UserStatusTags';

export function UserCards({ users, onOpen }: { users: User[]; onOpen: (user: User, dialog: UserDialog) => void }) {
  return (
    <Flex vertical gap={10}>
      {users.map((user) => (
        <Card key={user.id} size="small" data-testid={`user-card-${user.username}`}>
          <Flex vertical gap={6}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong style={{ fontSize: 18 }}>
                {user.displayName}
              </Typography.Text>
              <Typography.Text type="secondary">{user.username}</Typography.Text>
            </Flex>
            <UserStatusTags user={user} />
            <RoleTags roles={user.roles} />
            <UserActions user={user} onOpen={(dialog) => onOpen(user, dialog)} />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
