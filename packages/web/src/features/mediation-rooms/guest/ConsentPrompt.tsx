import { Button, Flex, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import { useGuestConsent } from './use-guest-room';

/**
 * Asks the party for their consent to the recording, once they are in the room and have not consented. 不同意 is
 * the party's right and simply closes the question (recording cannot start without them); it comes back when
 * the mediator tries again and the recording is held for them (the state turns `paused`).
 */
export function ConsentPrompt({ consentedAt, recordingState }: { consentedAt: string | null; recordingState: string }) {
  const { t, lang } = useT();
  const consent = useGuestConsent();
  const [declined, setDeclined] = useState(false);
  useEffect(() => {
    if (recordingState === 'paused') setDeclined(false);
  }, [recordingState]);

  return (
    <Modal
      open={consentedAt === null && !declined}
      title={t('roomGuest.consentTitle')}
      closable={false}
      maskClosable={false}
      footer={null}
      centered
    >
      <Flex vertical gap={12} data-testid="guest-consent">
        <Typography.Paragraph style={{ fontSize: 16 }}>{t('roomGuest.consentBody')}</Typography.Paragraph>
        {consent.error ? <Typography.Text type="danger">{describeError(consent.error, lang)}</Typography.Text> : null}
        <Button
          type="primary"
          size="large"
          block
          loading={consent.isPending}
          data-testid="guest-consent-yes"
          style={{ minHeight: 64, fontSize: 18 }}
          onClick={() => consent.mutate()}
        >
          {t('roomGuest.consentYes')}
        </Button>
        <Button
          size="large"
          block
          data-testid="guest-consent-no"
          style={{ minHeight: 56, fontSize: 17 }}
          onClick={() => setDeclined(true)}
        >
          {t('roomGuest.consentNo')}
        </Button>
      </Flex>
    </Modal>
  );
}
