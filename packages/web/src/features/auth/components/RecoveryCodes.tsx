import { Alert, Button, Checkbox, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';

/** Shown exactly once: the user must confirm they have written the codes down before moving on. */
export function RecoveryCodes({
  codes,
  onDone,
  finishing,
}: {
  codes: string[];
  onDone: () => void;
  finishing: boolean;
}) {
  const { t } = useT();
  const [saved, setSaved] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Alert type="warning" showIcon title={t('mfa.recoveryTitle')} description={t('mfa.recoveryText')} />
      <Typography.Paragraph copyable={{ text: codes.join('\n') }} style={{ marginBottom: 0 }}>
        <span data-testid="mfa-recovery-codes" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
          {codes.map((code) => (
            <code key={code} style={{ fontSize: 16 }}>
              {code}
            </code>
          ))}
        </span>
      </Typography.Paragraph>
      <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)} data-testid="mfa-saved">
        {t('mfa.saved')}
      </Checkbox>
      <Button type="primary" size="large" disabled={!saved} loading={finishing} onClick={onDone} data-testid="mfa-done">
        {t('mfa.done')}
      </Button>
    </Flex>
  );
}
