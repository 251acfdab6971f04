import { createUserSchema, type User } from '@fengqiao/domain';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { zodRule } from '../../../ui/zod-rule';
import { useUserCommand } from '../hooks/use-users';

export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const command = useUserCommand();
  const [form] = Form.useForm<{ displayName: string }>();

  return (
    <Modal
      open
      title={t('users.editTitle', { name: user.username })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={command.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={command.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ displayName: user.displayName }}
        style={{ marginTop: 12 }}
        onFinish={(values) =>
          command.mutate(
            { kind: 'update', id: user.id, body: { displayName: values.displayName.trim() } },
            {
              onSuccess: () => {
                message.success(t('common.saved'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[zodRule(createUserSchema.shape.displayName, t('users.displayNameRequired'))]}
        >
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
