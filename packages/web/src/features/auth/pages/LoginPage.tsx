import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { readLoginState } from '../../../app/auth/login-redirect';
import { useMe } from '../../../app/auth/use-me';
import { useT } from '../../../app/i18n/use-t';
import { LoginErrorMessage } from '../components/LoginErrorMessage';
import { useLogin } from '../hooks/use-login';
import { loginTarget } from '../login-target';

type Step = 'password' | 'totp' | 'recovery';

interface LoginValues {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

export function LoginPage() {
  const { t } = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const { reason, from } = readLoginState(location.state);
  const me = useMe();
  const login = useLogin();
  const [step, setStep] = useState<Step>('password');
  const [form] = Form.useForm<LoginValues>();

  if (me.data && !login.isPending) return <Navigate to={loginTarget(me.data, from)} replace />;

  const submit = (values: LoginValues) => {
    const request = {
      username: values.username.trim(),
      password: values.password,
      ...(step === 'totp' && values.totp ? { totp: values.totp.trim() } : {}),
      ...(step === 'recovery' && values.recoveryCode ? { recoveryCode: values.recoveryCode.trim() } : {}),
    };
    login.mutate(request, {
      onSuccess: (user) => navigate(loginTarget(user, from), { replace: true }),
      onError: (error) => {
        if (isApiError(error, 'MFA_REQUIRED')) setStep((current) => (current === 'password' ? 'totp' : current));
      },
    });
  };

  // MFA_REQUIRED is the normal second step, not a failure worth a red box.
  const showError = login.error && !isApiError(login.error, 'MFA_REQUIRED');

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('login.title')}
      </Typography.Title>
      {reason === 'expired' && !login.error ? (
        <Alert type="warning" showIcon title={t('login.sessionExpired')} style={{ marginBottom: 16 }} />
      ) : null}
      {showError ? <LoginErrorMessage error={login.error} /> : null}
      <Form<LoginValues> form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input
            data-testid="login-username"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            disabled={step !== 'password'}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password data-testid="login-password" autoComplete="current-password" disabled={step !== 'password'} />
        </Form.Item>
        {step === 'totp' ? (
          <Form.Item
            name="totp"
            label={t('login.totp')}
            extra={t('login.totpHelp')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totpInvalid') }]}
          >
            <Input
              data-testid="login-totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              autoFocus
              style={{ letterSpacing: 6, fontSize: 20 }}
            />
          </Form.Item>
        ) : null}
        {step === 'recovery' ? (
          <Form.Item
            name="recoveryCode"
            label={t('login.recoveryCode')}
            rules={[{ required: true, min: 8, message: t('login.recoveryInvalid') }]}
          >
            <Input data-testid="login-recovery" autoComplete="off" autoCapitalize="none" autoFocus />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
          {t('login.submit')}
        </Button>
        {step !== 'password' ? (
          <Button
            type="link"
            block
            style={{ marginTop: 8 }}
            data-testid="login-switch-factor"
            onClick={() => setStep(step === 'totp' ? 'recovery' : 'totp')}
          >
            {step === 'totp' ? t('login.useRecovery') : t('login.useTotp')}
          </Button>
        ) : null}
        {step !== 'password' ? (
          <Button
            type="link"
            block
            data-testid="login-restart"
            onClick={() => {
              setStep('password');
              login.reset();
              form.setFieldsValue({ password: '', totp: '', recoveryCode: '' });
            }}
          >
            {t('login.restart')}
          </Button>
        ) : null}
      </Form>
    </>
  );
}
