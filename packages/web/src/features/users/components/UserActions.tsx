import type { AccountAction, User } from '@fengqiao/domain';
import { App, Button, Flex } from 'antd';
import { describeError } from '../../../api/errors';
import { can } from '../../../app/auth/permissions';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { type UserCommand, useUserCommand } from '../hooks/use-users';

/** The account actions (domain accounts/account-management.ts) that open a dialog. */
export type UserDialog = Extract<AccountAction, 'update' | 'reset_password' | 'set_roles'>;

const DIALOG_ACTIONS: ReadonlyArray<[UserDialog, MessageKey]> = [
  ['update', 'users.edit'],
  ['set_roles', 'users.setRoles'],
  ['reset_password', 'users.resetPassword'],
];

interface ConfirmAction {
  action: Extract<AccountAction, 'unlock' | 'disable' | 'enable'>;
  label: MessageKey;
  question: MessageKey;
  /** Red, because it locks someone out. */
  danger?: boolean;
  toCommand: (id: string) => UserCommand;
}

// Sent after a yes/no, with no dialog of their own: there is nothing to fill in.
const CONFIRM_ACTIONS: readonly ConfirmAction[] = [
  {
    action: 'unlock',
    label: 'users.unlock',
    question: 'users.unlockConfirm',
    toCommand: (id) => ({ kind: 'unlock', id }),
  },
  {
    action: 'disable',
    label: 'users.disable',
    question: 'users.disableConfirm',
    danger: true,
    toCommand: (id) => ({ kind: 'update', id, body: { status: 'disabled' } }),
  },
  {
    action: 'enable',
    label: 'users.enable',
    question: 'users.enableConfirm',
    toCommand: (id) => ({ kind: 'update', id, body: { status: 'active' } }),
  },
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
      {CONFIRM_ACTIONS.filter(({ action }) => can(user, action)).map(
        ({ action, label, question, danger, toCommand }) => (
          <Button
            key={action}
            size="small"
            danger={danger}
            data-testid={`user-${action}-${user.username}`}
            onClick={() =>
              confirm(t(question, { name: user.displayName }), () => command.mutateAsync(toCommand(user.id)), danger)
            }
          >
            {t(label)}
          </Button>
        ),
      )}
    </Flex>
  );
}
