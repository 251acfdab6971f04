import { App, Button, Form, Input } from 'antd';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useChangePassword } from '../hooks/use-change-password';
import { NewPasswordFields } from './NewPasswordFields';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const me = useCurrentUser();
  const { t } = useT();
  const { message } = App.useApp();
  const change = useChangePassword();
  const [form] = Form.useForm<Values>();

  const submit = (values: Values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          message.success(t('password.changed'));
          form.resetFields();
          onDone?.();
        },
      },
    );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 420 }}>
      <ErrorAlert error={change.error} testId="password-error" />
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.currentRequired') }]}
        style={{ marginTop: change.error ? 16 : 0 }}
      >
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <NewPasswordFields username={me.username} />
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit" block>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
