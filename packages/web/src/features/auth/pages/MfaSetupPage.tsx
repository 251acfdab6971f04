import { Alert, Button, Flex, Form, Input, Result, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RecoveryCodes } from '../components/RecoveryCodes';
import { useMfaEnrol, useMfaVerify, useRefreshMe } from '../hooks/use-mfa';

export function MfaSetupPage() {
  const me = useCurrentUser();
  const { t } = useT();
  const navigate = useNavigate();
  const enrol = useMfaEnrol();
  const verify = useMfaVerify();
  const refreshMe = useRefreshMe();
  const [finishing, setFinishing] = useState(false);

  const finish = async () => {
    setFinishing(true);
    try {
      await refreshMe();
    } finally {
      setFinishing(false);
    }
    navigate('/', { replace: true });
  };

  if (me.mfaEnabled && !verify.data) {
    return (
      <Result
        status="success"
        title={t('mfa.alreadyOn')}
        extra={
          <Button type="primary" onClick={() => navigate('/profile')}>
            {t('common.back')}
          </Button>
        }
      />
    );
  }

  const current = verify.data ? 2 : enrol.data ? 1 : 0;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('mfa.title')}
      </Typography.Title>
      {me.mustEnrolMfa ? <Alert type="info" showIcon title={t('mfa.required')} /> : null}
      <Steps
        size="small"
        current={current}
        items={[{ title: t('mfa.stepScan') }, { title: t('mfa.stepVerify') }, { title: t('mfa.stepSave') }]}
      />
      {current === 0 ? (
        <>
          <Typography.Paragraph>{t('mfa.intro')}</Typography.Paragraph>
          <ErrorAlert error={enrol.error} />
          <Form<{ password: string }>
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => enrol.mutate(values.password)}
          >
            <Form.Item
              name="password"
              label={t('password.current')}
              rules={[{ required: true, message: t('password.currentRequired') }]}
            >
              <Input.Password autoComplete="current-password" size="large" data-testid="mfa-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" loading={enrol.isPending} data-testid="mfa-start">
              {t('mfa.start')}
            </Button>
          </Form>
        </>
      ) : null}
      {current === 1 && enrol.data ? (
        <>
          <Typography.Paragraph style={{ marginBottom: 0 }}>{t('mfa.scan')}</Typography.Paragraph>
          <Flex justify="center">
            <img src={enrol.data.qrDataUrl} alt={t('mfa.qrAlt')} width={200} height={200} data-testid="mfa-qr" />
          </Flex>
          <Typography.Text type="secondary">
            {t('mfa.manual')}{' '}
            <Typography.Text code copyable data-testid="mfa-secret">
              {enrol.data.secret}
            </Typography.Text>
          </Typography.Text>
          <ErrorAlert error={verify.error} testId="mfa-error" />
          <Form<{ code: string }> layout="vertical" onFinish={(values) => verify.mutate(values.code.trim())}>
            <Form.Item
              name="code"
              label={t('mfa.code')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totpInvalid') }]}
            >
              <Input
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                size="large"
                style={{ letterSpacing: 6, fontSize: 20 }}
                data-testid="mfa-code"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={verify.isPending}
              data-testid="mfa-verify"
            >
              {t('mfa.verify')}
            </Button>
          </Form>
        </>
      ) : null}
      {current === 2 && verify.data ? (
        <RecoveryCodes codes={verify.data.recoveryCodes} onDone={() => void finish()} finishing={finishing} />
      ) : null}
    </Flex>
  );
}
