import { createUserSchema } from '@fengqiao/domain';
import { App, Form, Input, Modal } from 'antd';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { zodRule } from '../../../ui/zod-rule';
import { NewPasswordFields } from '../../auth/components/NewPasswordFields';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useUserCommand } from '../hooks/use-users';

interface Values {
  username: string;
  displayName: string;
  newPassword: string;
  personId?: string;
}

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const command = useUserCommand();
  const canPickPerson = usePermission('person.read');
  const [form] = Form.useForm<Values>();
  const username = Form.useWatch('username', form) ?? '';

  const submit = (values: Values) =>
    command.mutate(
      {
        kind: 'create',
        body: {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          password: values.newPassword,
          ...(values.personId ? { personId: values.personId } : {}),
        },
      },
      {
        onSuccess: () => {
          message.success(t('users.created'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('users.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={command.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={command.error} testId="user-form-error" />
      <Form<Values> form={form} layout="vertical" onFinish={submit} style={{ marginTop: 12 }}>
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHelp')}
          rules={[zodRule(createUserSchema.shape.username, t('users.usernameInvalid'))]}
        >
          <Input autoComplete="off" autoCapitalize="none" spellCheck={false} data-testid="user-form-username" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[zodRule(createUserSchema.shape.displayName, t('users.displayNameRequired'))]}
        >
          <Input maxLength={40} data-testid="user-form-display-name" />
        </Form.Item>
        <NewPasswordFields username={username} />
        {canPickPerson ? (
          <Form.Item name="personId" label={t('users.person')} extra={t('users.personHelp')}>
            <PersonSelect kind="staff" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
