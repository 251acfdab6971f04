import { createUserSchema, type User } from '@fengqiao/domain';
import { Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { zodRule } from '../../../ui/zod-rule';
import { useUserCommand } from '../hooks/use-users';

export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useT();
  const command = useUserCommand();
  const done = useCloseWithMessage(onClose);
  const [form] = Form.useForm<{ displayName: string }>();

  return (
    <FormModal
      title={t('users.editTitle', { name: user.username })}
      form={form}
      pending={command.isPending}
      error={command.error}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ displayName: user.displayName }}
        style={{ marginTop: 12 }}
        onFinish={(values) =>
          command.mutate(
            { kind: 'update', id: user.id, body: { displayName: values.displayName.trim() } },
            { onSuccess: () => done() },
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
    </FormModal>
  );
}
