import type { User } from '@fengqiao/domain';
import { Alert, App, Form, Modal } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { NewPasswordFields } from '../../auth/components/NewPasswordFields';
import { useUserCommand } from '../hooks/use-users';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const command = useUserCommand();
  const [form] = Form.useForm<{ newPassword: string }>();

  return (
    <Modal
      open
      title={t('users.resetTitle', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={command.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('users.resetHelp')} style={{ marginBottom: 12 }} />
      <ErrorAlert error={command.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          command.mutate(
            { kind: 'reset_password', id: user.id, newPassword: values.newPassword },
            {
              onSuccess: () => {
                message.success(t('users.resetDone'));
                onClose();
              },
            },
          )
        }
      >
        <NewPasswordFields username={user.username} />
      </Form>
    </Modal>
  );
}
