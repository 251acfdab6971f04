import { createUserSchema } from '@fengqiao/domain';
import { Form, Input } from 'antd';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
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
  const command = useUserCommand();
  const done = useCloseWithMessage(onClose);
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
      { onSuccess: () => done('users.created') },
    );

  return (
    <FormModal
      title={t('users.createTitle')}
      form={form}
      pending={command.isPending}
      error={command.error}
      errorTestId="user-form-error"
      onClose={onClose}
    >
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
    </FormModal>
  );
}
