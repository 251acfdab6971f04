import type { User } from '@fengqiao/domain';
import { Alert, Form } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { NewPasswordFields } from '../../auth/components/NewPasswordFields';
import { useUserCommand } from '../hooks/use-users';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useT();
  const command = useUserCommand();
  const done = useCloseWithMessage(onClose);
  const [form] = Form.useForm<{ newPassword: string }>();

  return (
    <FormModal
      title={t('users.resetTitle', { name: user.displayName })}
      form={form}
      pending={command.isPending}
      error={command.error}
      onClose={onClose}
      notice={<Alert type="info" showIcon title={t('users.resetHelp')} style={{ marginBottom: 12 }} />}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          command.mutate(
            { kind: 'reset_password', id: user.id, newPassword: values.newPassword },
            { onSuccess: () => done('users.resetDone') },
          )
        }
      >
        <NewPasswordFields username={user.username} />
      </Form>
    </FormModal>
  );
}
