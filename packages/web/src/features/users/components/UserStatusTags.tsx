import type { User } from '@fengqiao/domain';
import { Flex } from 'antd';
import { StatusTag } from '../../../ui/StatusTag';

export function UserStatusTags({ user }: { user: User }) {
  return (
    <Flex wrap gap={4}>
      <StatusTag status={user.status} />
      {user.locked ? <StatusTag status="locked" /> : null}
      <StatusTag status={user.mfaEnabled ? 'mfaOn' : 'mfaOff'} />
    </Flex>
  );
}
