import type { User } from '@fengqiao/domain';
import { App, Button, Flex } from 'antd';
import { describeError } from '../../../api/errors';
import { can } from '../../../app/auth/permissions';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { useUserCommand } from '../hooks/use-users';

export type UserDialog = 'update' | 'reset_password' | 'set_roles';

const DIALOG_ACTIONS: ReadonlyArray<[UserDialog, MessageKey]> = [
  ['update', 'users.edit'],
  ['set_roles', 'users.setRoles'],
  ['reset_password', 'users.resetPassword'],
];

/** Only the buttons the server listed for this account: a button that would be refused is never shown. */
export function UserActions({ user, onOpen }: { user: User; onOpen: (dialog: UserDialog) => void }) {
  const { t, lang } = useT();
  const { modal, message } = App.useApp();
  const command = useUserCommand();

  const confirm = (title: string, run: () => Promise<unknown>, danger = false) =>
    modal.confirm({
      title,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger },
      onOk: () =>
        run().then(
          () => message.success(t('common.saved')),
          (error: unknown) => message.error(describeError(error, lang)),
        ),
    });

  return (
    <Flex wrap gap={4}>
      {DIALOG_ACTIONS.filter(([action]) => can(user, action)).map(([action, key]) => (
        <Button
          key={action}
          size="small"
          onClick={() => onOpen(action)}
          data-testid={`user-${action}-${user.username}`}
        >
          {t(key)}
        </Button>
      ))}
      {can(user, 'unlock') ? (
        <Button
          size="small"
          data-testid={`user-unlock-${user.username}`}
          onClick={() =>
            confirm(t('users.unlockConfirm', { name: user.displayName }), () =>
              command.mutateAsync({ kind: 'unlock', id: user.id }),
            )
          }
        >
          {t('users.unlock')}
        </Button>
      ) : null}
      {can(user, 'disable') ? (
        <Button
          size="small"
          danger
          data-testid={`user-disable-${user.username}`}
          onClick={() =>
            confirm(
              t('users.disableConfirm', { name: user.displayName }),
              () => command.mutateAsync({ kind: 'update', id: user.id, body: { status: 'disabled' } }),
              true,
            )
          }
        >
          {t('users.disable')}
        </Button>
      ) : null}
      {can(user, 'enable') ? (
        <Button
          size="small"
          data-testid={`user-enable-${user.username}`}
          onClick={() =>
            confirm(t('users.enableConfirm', { name: user.displayName }), () =>
              command.mutateAsync({ kind: 'update', id: user.id, body: { status: 'active' } }),
            )
          }
        >
          {t('users.enable')}
        </Button>
      ) : null}
    </Flex>
  );
}
